work-title = Мојата работа
work-count = { $count ->
    [one] { $count } за правење
    *[other] { $count } за правење
    }
work-yours = { $count ->
    [one] Ве чека една работа
    *[other] Ве чекаат { $count } работи
    }
work-nothing = Сега ништо не ве чека. Кога ќе има нешто, ќе се појави тука и ќе бидете известени по е-пошта.
work-waiting-title = Се чека на други
work-due = до { $when } ({ $left })
work-request-assign = Преземете го или доделете го ова ново барање
work-request-answer = Одговорете на барањето на општината
work-request-reply = Одговорете на прашањето на мрежата
work-request-asked = Вашето барање
work-waiting-hub = се чека мрежата
work-assignment-deliver = Доставете ја вашата задача
work-assignment-rate = Оценете ја работата на експертот
work-assignment-waiting = Експерт работи на вашето барање
work-waiting-expert = се чека експертот
work-review-declare = Изјавете дали имате судир на интереси, потоа оценете ја апликацијата
work-review-score = Оценете ја апликацијата
work-fund-start-review = Започнете го прегледот и определете двајца оценувачи
work-fund-decide = Одлучете за апликацијата
work-fund-agreement = Запишете го договорот
work-fund-report = Поднесете го: { $kind }
work-activity-update = Известете за напредокот на вашата активност од работниот план
work-assessment-fill = Пополнете ја проценката
work-assessment-finish = Довршете ја и поднесете ја проценката
work-assessment-progress = одговорени { $answered } од { $required }
work-notice-acknowledge = Потврдете го приемот на известувањето
work-notice-plan = Поднесете го локалниот план за подготовка
work-notice-sent = Вашето известување
work-waiting-recipients = се чека потврда
work-invitation-waiting = Поканата сè уште не е прифатена
work-practice-review = Прегледајте ја предложената практика
work-translations-confirm = { $count ->
    [one] Потврдете еден превод
    *[other] Потврдете { $count } преводи
    }
notifications-title = Известувања
notify-request_created = Ново барање за поддршка од { $place }: { $subject }
notify-request_replied = Нов одговор на барањето „{ $subject }“
notify-request_assigned = Барањето „{ $subject }“ од { $place } ви е доделено
notify-request_resolved = Мрежата го реши вашето барање „{ $subject }“
notify-expert_assigned = Доделени сте како експерт: { $subject }
notify-expert_answered = Експертот одговори на вашето барање „{ $subject }“
notify-application_received = Нова апликација до фондот од { $place }: { $subject }
notify-review_requested = Ве молиме оценете ја апликацијата „{ $subject }“ од { $place }
notify-application_decided = Одлука за вашата апликација „{ $subject }“: { $decision }
notify-tranche_paid = Исплатена е транша од { $amount } за „{ $subject }“
notify-report_due = Извештај за „{ $subject }“ треба да се поднесе до { $due }
notify-round_opened = Кругот на проценка „{ $subject }“ е отворен до { $due }
notify-round_reminder = Потсетник: проценката „{ $subject }“ треба да се поднесе до { $due }
notify-round_reopened = Вашата проценка „{ $subject }“ е повторно отворена за измени
notify-programme_changed = Програма за тема што ја следите: { $subject }
notify-activity_due = Вашата активност „{ $subject }“ завршува на { $due }
notify-invitation_accepted = { $subject } ја прифати вашата покана
notify-notice_waiting = Известување чека ваша потврда на каналот { $subject }
notify-notice_escalated = Известување на каналот { $subject } не е потврдено навреме и сега ве чека вас
notify-plan_filed = Поднесен е локален план за подготовка на каналот { $subject }
notify-mail-footer = Ова го добивате поради вашата улога во Mozaik. Изберете што пристигнува по е-пошта, веднаш или во дневен преглед: { $link }
notify-digest-subject = { $count ->
    [one] Mozaik: денес се случи една работа
    *[other] Mozaik: денес се случија { $count } работи
    }
notify-digest-intro = { $count ->
    [one] Од последниот преглед:
    *[other] Од последниот преглед:
    }
notify-delivery-now = По е-пошта веднаш
notify-delivery-digest = Во дневен преглед по е-пошта
notify-delivery-off = Само тука, не по е-пошта
notify-kind-request_created = Нови барања за поддршка
notify-kind-request_replied = Одговори на барања
notify-kind-request_assigned = Барања доделени мене
notify-kind-request_resolved = Мои решени барања
notify-kind-expert_assigned = Експертски задачи за мене
notify-kind-expert_answered = Одговори на експерти
notify-kind-application_received = Нови апликации до фондот
notify-kind-review_requested = Оценувања побарани од мене
notify-kind-application_decided = Одлуки за апликации
notify-kind-tranche_paid = Исплатени транши
notify-kind-report_due = Извештаи што доспеваат
notify-kind-round_opened = Отворени кругови на проценка
notify-kind-round_reminder = Потсетници за проценка
notify-kind-round_reopened = Повторно отворени проценки
notify-kind-programme_changed = Програми за темите што ги следам
notify-kind-activity_due = Мои активности од планот што доспеваат
notify-kind-invitation_accepted = Прифатени покани
notify-kind-notice_waiting = Известувања за потврда
notify-kind-notice_escalated = Ескалирани известувања
notify-kind-plan_filed = Поднесени планови за подготовка
notifications-none = Сè уште нема известувања.
notifications-read-all = Означи ги сите како прочитани
notifications-new = ново
notify-preferences-title = Како ме известуваат
notify-preferences-intro = Секое известување е наведено во Mozaik. За секој вид изберете дали доаѓа и по е-пошта веднаш, во дневен преглед, или не по е-пошта.
notify-mandatory = Секогаш веднаш по е-пошта: размената на информации мора да стигне до позициите. Е-поштата никогаш не ја содржи содржината.
notify-preferences-save = Зачувај ги изборите
flash-notifications-read = Сите известувања се означени како прочитани.
flash-notifications-saved = Вашите избори се зачувани.
notify-notice_acknowledged = Вашето известување на каналот { $subject } е потврдено
notify-notice_closed = Известување на каналот { $subject } е затворено
notify-kind-notice_acknowledged = Мои потврдени известувања
notify-kind-notice_closed = Затворени известувања
work-notice-read-plan = Прочитајте го локалниот план и затворете го известувањето
work-waiting-plan = се чека локалниот план
work-practice-finish = Довршете ја вашата практика и предложете ја за преглед
work-practice-proposed = Вашата предложена практика
work-waiting-reviewers = се чека на рецензентите
work-request-answered = Вашиот одговор до општината
work-waiting-municipality = се чека општината
work-request-read-answer = Прочитајте го одговорот на центарот: одговорете или затворете го барањето ако е решено
