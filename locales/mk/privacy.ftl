## Лични податоци: политика за приватност, евиденција на обработките, податоци за лице, бришење и чување.

nav-privacy = Лични податоци
privacy-title = Политика за приватност
privacy-intro = Со Mozaik управува регионалната мрежа за општините, националните координатори и партнерите што спречуваат омраза, екстремизам и поларизација. Оваа политика кажува кои лични податоци ги чува Mozaik, зошто, врз која правна основа, кој ги гледа и колку долго се чуваат. Таа се создава од истите декларации што ги спроведува софтверот.
privacy-rights = Сè што Mozaik чува за вас можете да го видите и преземете од вашата корисничка сметка (Сметка → Мои податоци). За исправка или бришење на вашите податоци, пишете до администраторите на мрежата: тие постапуваат по писмено барање, а она што сте го правеле како носител на функција останува припишано на функцијата, а не на вашето име.
privacy-col-data = Податоци
privacy-col-purpose = Цел
privacy-col-basis = Правна основа
privacy-col-seen-by = Кој ги гледа
privacy-col-kept = Рок на чување
privacy-col-table = Табела
privacy-col-erasure = При бришење
privacy-col-kind = Вид на запис
privacy-col-days = Денови на чување
privacy-col-limits = Дозволен опсег (денови)

privacy-category-officials = Службени лица во именикот
privacy-category-signin = Кориснички сметки и најава
privacy-category-mail = Пораки и известувања
privacy-category-support = Служба за поддршка, експерти и Фонд
privacy-category-sharing = Споделување информации
privacy-category-surveys = Анкети со жителите
privacy-category-knowledge = Добри практики
privacy-category-audit = Ревизиски дневник

privacy-basis-public-task = Работи од јавен интерес
privacy-basis-legitimate-interest = Легитимен интерес
privacy-basis-legal-obligation = Законска обврска
privacy-basis-consent = Согласност

privacy-purpose-directory = Стигнување до вистинската канцеларија: кој која функција ја врши во општина или институција
privacy-purpose-accounts = Доделување на улогите што одат со функциите на лицата што ги вршат
privacy-purpose-security = Заштита на корисничките сметки: најава, втор фактор, спречување на погодувањето лозинки
privacy-purpose-mail = Известување на лицата за она што ги чека, по е-пошта и во Mozaik
privacy-purpose-support = Одговарање на барањата на општините и управување со Фондот
privacy-purpose-experts = Поврзување експерти со барања и проекти
privacy-purpose-sharing = Пренесување известувања меѓу националните и локалните канцеларии врз нивната правна основа
privacy-purpose-surveys = Мерење на отпорноста на заедницата без да се идентификува кој било
privacy-purpose-assess = Евидентирање кој одлучил кој може да ги гледа одговорите на општината
privacy-purpose-knowledge = Објавување добри практики заедно со тоа кој ги предложил и прегледал
privacy-purpose-audit = Прикажување кој што направил, за секоја промена да може да се провери

privacy-seen-officials = Најавените службени лица на мрежата, државата и општината
privacy-seen-admins = Администраторите на мрежата
privacy-seen-nobody = Никој: ги користи само софтверот за спречување на погодувањето лозинки
privacy-seen-self = Само самото лице
privacy-seen-positions = Функциите што учествуваат во известувањето
privacy-seen-hub-municipality = Мрежата и засегнатата општина
privacy-seen-study-owners = Носителите на студијата во општината; сите други гледаат бројки само за групи од најмалку десет лица
privacy-seen-hub = Персоналот на мрежата
privacy-seen-public = Сите (објавените практики не именуваат никого; само внатрешно се знае кој ги прегледал)

privacy-while-position = Додека лицето врши функција, а потоа до бришење по барање
privacy-while-account = Додека постои корисничката сметка
privacy-while-instance = Колку што постои записот на кој му припаѓаат; името на лицето се брише по барање
privacy-while-notice = До истекот на известувањето: потоа неговата содржина се отстранува
privacy-while-expert = Додека експертот е во базата на експерти

privacy-days = { $count ->
    [one] { $count } ден
   *[other] { $count } дена
}
privacy-retention-sessions = { $days } по завршувањето на сесијата
privacy-retention-known-devices = { $days } по последното користење на прелистувачот
privacy-retention-password-resets = { $days } по истекот на врската
privacy-retention-signin-addresses = { $days } по обидот
privacy-retention-invitations = { $days } по истекот на неискористената покана
privacy-retention-sent-mail = { $days } по доставувањето на пораката
privacy-retention-read-notifications = { $days } откако известувањето е прочитано
privacy-retention-survey-open-answers = Отворени одговори: { $days } по последниот увоз во студијата (нејзиниот извештај)
privacy-retention-closed-requests = Текстови на затворено барање: { $days } по неговото затворање

privacy-period-sessions = Завршени сесии
privacy-period-known-devices = Познати прелистувачи
privacy-period-password-resets = Врски за ресетирање лозинка
privacy-period-signin-addresses = Обиди за најава и мрежни адреси
privacy-period-invitations = Неискористени покани
privacy-period-sent-mail = Доставена е-пошта
privacy-period-read-notifications = Прочитани известувања
privacy-period-survey-open-answers = Отворени одговори во анкетите
privacy-period-closed-requests = Текстови на затворени барања до службата за поддршка

privacy-erasure-unlinked = Не се поврзани со ниедна корисничка сметка: се отстрануваат на крајот на рокот
privacy-erasure-delete = Се бришат
privacy-erasure-pseudonym = Името и е-поштата се заменуваат со псевдоним
privacy-erasure-keep = Се чуваат за функцијата; името се брише секаде каде што е внесено

privacy-data-people = Име и адреса на е-пошта на службено лице
privacy-data-position_holders = Која функција ја вршело лицето и кога
privacy-data-accounts = Корисничка сметка: е-пошта, јазик, датум на создавање
privacy-data-recovery_codes = Резервни кодови за вториот фактор (само дали се искористени)
privacy-data-sessions = Сесии: време на најава и на последна активност
privacy-data-known_devices = Прелистувачи од кои е извршена најава
privacy-data-password_resets = Барања за ресетирање лозинка
privacy-data-api_tokens = API-токени: назив и употреба
privacy-data-login_attempts = Обиди за најава: мрежна адреса и време
privacy-data-role_grants = Улоги доделени на корисничка сметка
privacy-data-invitations = Покани: име и е-пошта на поканетото лице
privacy-data-outbox = Е-пошта испратена од Mozaik
privacy-data-audit_events = Ревизиски настани: кој што направил, според бројот на сметката
privacy-data-notifications = Известувања
privacy-data-notification_preferences = Избор на начинот на известување
privacy-data-notices = Известувања за споделување информации (содржина за повратниците, запечатена)
privacy-data-answer_audiences = Кој избрал кој може да ги гледа одговорите на општината
privacy-data-study_responses = Одговори на жителите во анкетите, без имиња
privacy-data-support_requests = Барања до службата за поддршка
privacy-data-support_events = Одговори и белешки на барањата до службата за поддршка
privacy-data-experts = Профили на експерти: име, јазици, дневен хонорар
privacy-data-expert_assignments = Ангажмани на експерти и нивни оценки
privacy-data-expert_time = Време евидентирано од експертите
privacy-data-fund_applications = Пријави до Фондот
privacy-data-fund_reviews = Оценувања во Фондот и пријавени судири на интереси
privacy-data-fund_reports = Извештаи за проектите на Фондот
privacy-data-practices = Добри практики: кој ги предложил
privacy-data-practice_texts = Текстови на практиките: кој ги прегледал
privacy-data-theme_follows = Теми што лицето ги следи

privacy-own-title = Мои податоци
privacy-own-link = Мои податоци: видете и преземете сè што се чува за вас
privacy-own-intro = Ова е сè што Mozaik чува за вас, табела по табела, како што е наведено во неговата евиденција на обработките. Тајните податоци (лозинки, кодови, запечатена содржина на известувања) никогаш не се прикажуваат, дури ни вам.
privacy-own-erasure = За бришење на вашите податоци, пишете до администраторите на мрежата. Она што сте го правеле како носител на функција останува припишано на функцијата; вашето име и е-пошта секаде се заменуваат со псевдоним.
privacy-download-json = Преземи како JSON

privacy-admin-title = Лични податоци
privacy-admin-intro = Евиденција на обработките, рокови на чување и барања од лица да ги видат или избришат своите податоци. Секој може да ја прочита политиката за приватност создадена од оваа евиденција:
privacy-requests-title = Барање од лице
privacy-find-person = Најдете лице по име или е-пошта
privacy-find = Најди
privacy-find-nothing = Не е најдено ниедно лице.
privacy-retention-title = Чување
privacy-last-run = Последно извршување: { $run }
privacy-never-run = Задачата за роковите на чување сè уште не е извршена; се извршува секој ден во 06:00 UTC.
privacy-save = Зачувај
privacy-run-now = Отстрани го сега она на што му истекол рокот
privacy-records-title = Евиденција на обработките
privacy-person-title = Лични податоци на { $name }
privacy-reference = Број на писменото барање
privacy-reference-hint = Бројот на писмото или на предметот, никогаш име: се чува во ревизискиот дневник.
privacy-reference-missing = Недостига бројот на писменото барање
privacy-show-data = Прикажи ги податоците
privacy-erase = Избриши ги податоците на ова лице
privacy-erase-explain = Бришењето ги отстранува податоците за најава на неговите кориснички сметки, сесиите, известувањата и пораките, а неговото име и е-пошта ги заменува со псевдоним во секој запис и во секој текст каде што се внесени. Она што лицето го правело како носител на функција останува, припишано на функцијата. Ова не може да се врати.
privacy-erase-confirm = Да се избришат личните податоци на { $name }? Името и е-поштата секаде ќе се заменат со псевдоним, а корисничките сметки ќе се затворат. Ова не може да се врати.
privacy-erased-at = Податоците на ова лице се избришани на { $when }.
privacy-period-refused = Рокот не е зачуван
privacy-period-not-a-number = Внесете го бројот на денови како цел број.
privacy-period-out-of-range = Изберете меѓу { $min } и { $max } дена: овие граници ги поставува евиденцијата на обработките.
flash-retention-period-saved = Рокот на чување е зачуван.
flash-retention-run = Задачата за роковите на чување е извршена. Отстранети записи со истечен рок: { $name }.
flash-person-already-erased = Податоците на ова лице веќе се избришани.
flash-person-erased = Податоците на лицето се избришани.

privacy-finding-email = адреса на е-пошта
privacy-finding-phone = телефонски број
privacy-finding-name = име на лице по титула (г., гѓа)
privacy-warning = Се чини дека овој текст содржи { $found }. Именувајте приватни лица само кога е потребно; до службените лица се стигнува преку нивната функција. Отстранете го тоа или означете го полето за да го зачувате текстот таков каков што е.
privacy-warning-confirm = Личните податоци во овој текст се потребни
