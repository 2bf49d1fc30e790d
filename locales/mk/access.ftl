## Најава, покани, кориснички сметки, излезна пошта и ревизиски дневник.

signin-title = Најава
signin-email = Адреса на е-пошта
signin-password = Лозинка
signin-button = Најави се
signin-help = Корисничките сметки се отвораат по покана од мрежата. Ако сте ја заборавиле лозинката, побарајте нова покана од администраторот на мрежата.
signin-email-required = Внесете ја вашата адреса на е-пошта.
signin-password-required = Внесете ја вашата лозинка.
signin-wrong = Адресата на е-пошта или лозинката е погрешна.
signin-locked = Премногу погрешни обиди: оваа сметка е заклучена до { $time }. Обидете се повторно по тоа време.
signin-client-blocked = Од вашата интернет-мрежа дојдоа премногу неуспешни обиди за најава. Почекајте петнаесетина минути и обидете се повторно.

totp-title = Втор чекор на најавата
totp-explain = Внесете го шестцифрениот код што апликацијата за автентикација ви го прикажува за Mozaik.
totp-code = Код
totp-recovery-hint = Го изгубивте телефонот? Наместо тоа, внесете еден од вашите резервни кодови.
totp-button = Продолжи
totp-wrong = Овој код не е важечки. Проверете дали часовникот на телефонот е точен и внесете го кодот што се прикажува сега.
totp-setup-title = Поставете најава во два чекора
totp-setup-required = Вашата улога ви дава пристап до чувствителни информации, па затоа најавата бара втор чекор: код од апликација на вашиот телефон.
totp-setup-step-app = Инсталирајте апликација за автентикација на телефонот, ако немате (на пример FreeOTP, Aegis или Google Authenticator).
totp-setup-step-scan = Во апликацијата додајте сметка и скенирајте го овој код.
totp-setup-manual = Ако не можете да го скенирате, внесете го овој клуч во апликацијата:
totp-setup-step-code = Внесете го шестцифрениот код што апликацијата го прикажува сега.
totp-setup-button = Потврди
recovery-title = Вашите резервни кодови
recovery-explain = Најавата во два чекора е вклучена. Чувајте ги овие резервни кодови на безбедно место, одвоено од телефонот: секој од нив ви овозможува да се најавите еднаш ако го изгубите телефонот. Се прикажуваат само сега.
recovery-continue = Продолжи

password-too-short = Лозинката мора да има најмалку { $min } знаци. Неколку неповрзани зборови даваат долга лозинка што лесно се памети.
password-too-long = Лозинката е предолга.
password-common = Оваа лозинка е меѓу најчестите и брзо би се погодила. Изберете друга.
password-contains-email = Лозинката не смее да ја содржи вашата адреса на е-пошта.

account-title = Вашата корисничка сметка
account-name = Име
account-email = Адреса на е-пошта
account-roles = Улоги
account-no-roles = Сè уште нема улога.
account-totp = Најава во два чекора
account-totp-on = вклучена
account-totp-off = исклучена
account-totp-set-up = Поставете ја
account-sign-out-everywhere = Одјави се од сите уреди
tokens-title = API-токени
tokens-explain = Токенот му овозможува на друг систем да го чита именикот преку API во ваше име. Тој го има само опсегот што ќе го изберете и има ограничен рок на важење.
tokens-shown-once = Копирајте го токенот сега: нема повторно да се прикаже.
tokens-name = Назив
tokens-scope = Опсег
tokens-created = Создаден
tokens-expires = Истекува
tokens-last-used = Последна употреба
tokens-days = Важи (денови, од 1 до 365)
tokens-create = Создај токен
tokens-revoke = Отповикај
tokens-revoked = отповикан
token-name-required = Дајте му на токенот назив од најмногу 100 знаци, на пример името на системот што ќе го користи.
token-days-range = Внесете број на денови од 1 до 365.
token-scope-unknown = Изберете еден од опсезите од листата.

role-hub_admin = Администратор на мрежата
role-hub_staff = Вработен во мрежата
role-national_coordinator = Национален координатор
role-security_liaison = Офицер за врска за безбедност
role-focal_point = Општинска контакт-точка
role-municipal_staff = Општински службеник
role-expert = Експерт
role-partner = Партнер или набљудувач
role-civil_society = Претставник на граѓанското општество

invite-title = Поканете лице за { $place }
invite-explain = Лицето добива е-порака со врска што може да се употреби само еднаш и истекува по седум дена. Ако поканите некого на функција што веќе ја врши друго лице, функцијата му се предава кога ќе ја прифати поканата.
invite-name = Име и презиме
invite-email = Адреса на е-пошта
invite-role = Улога
invite-position = Функција
invite-no-position = Без функција
invite-position-hint = Улогата се пренесува заедно со функцијата кога таа ќе се предаде.
invite-language = Јазик на поканата
invite-button = Испрати покана
invite-sent = Поканата е испратена на { $email }.
invite-email-invalid = Внесете адреса на е-пошта, на пример ime@opstina.gov.mk.
invite-name-required = Внесете го името и презимето на лицето (најмногу 200 знаци).
invite-role-required = Изберете улога.
invite-position-unknown = Изберете функција од листата.
invite-mail-subject = Покана за приклучување кон мрежата „{ $hub }“
invite-mail-body =
    Почитувани { $name },

    Ве покануваме да се приклучите кон мрежата „{ $hub }“ на Mozaik, со улога „{ $role }“ за { $place }.

    За да ја прифатите поканата, отворете ја оваа врска и изберете лозинка:
    { $link }

    Врската може да се употреби само еднаш и истекува на { $date }. Ако не очекувавте ваква покана, занемарете ја оваа порака.

accept-title = Прифатете ја поканата
accept-welcome = Добре дојдовте, { $name }. Изберете лозинка за { $email }.
accept-password = Лозинка
accept-password-hint = Најмалку 10 знаци. Неколку неповрзани зборови даваат добра лозинка.
accept-confirm = Повторете ја лозинката
accept-confirm-mismatch = Двете лозинки не се совпаѓаат.
accept-button = Создај ја мојата сметка
accept-gone-title = Оваа покана не може да се употреби
accept-gone-message = Врската е веќе искористена или ѝ истекол рокот. Побарајте нова покана од мрежата.

people-title = Носители на функции во { $place }
people-link = Носители на функции овде
people-back = Назад кон местото
people-invite = Поканете лице на функција овде
people-private = Лични податоци: ви се прикажуваат затоа што вашата улога го опфаќа ова место.
people-none = Овде сè уште никој не врши функција.
people-person = Лице
people-period = Период
people-now = денес
people-role-holder = Носител
people-role-deputy = Заменик

accounts-title = Кориснички сметки
accounts-revoke = Прекини ги сесиите
accounts-deactivate = Деактивирај
accounts-inactive = деактивирана

outbox-title = Излезна пошта
outbox-explain = Пораки што ги испратил Mozaik, од најновата кон најстарата. Кога не е конфигуриран сервер за е-пошта, пораките чекаат тука.
outbox-empty = Сè уште нема пораки.
outbox-to = До
outbox-sent = испратено на { $time }
outbox-failed = сè уште неиспратено: { $reason }
outbox-waiting = чека да биде испратено

audit-title = Ревизиски дневник
audit-chain-ok = { $count ->
    [one] Синџирот од { $count } настан е неповреден.
   *[other] Синџирот од { $count } настани е неповреден.
}
audit-chain-broken = Синџирот е прекинат кај настанот { $id }: { $reason }.
audit-actor = Извршител
audit-action = Дејство
audit-from = Од
audit-to = До
audit-filter = Филтрирај
audit-time = Време
audit-object = Објект
audit-summary = Резиме
