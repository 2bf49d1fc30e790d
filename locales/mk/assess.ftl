## Проценки: кругови, пополнување, резултати.

nav-assess = Проценки
assess-title = Проценки на капацитетите и потребите
assess-intro = Секој град сам ги проценува своите капацитети и потреби за превенција, во кругови што се повторуваат со текот на времето. Резултатите ѝ покажуваат на мрежата, на националните влади и на партнерите каде е потребна поддршка. „Не знам“ е исто така одговор и се зема предвид.
assess-no-rounds = Сè уште не е отворен ниту еден круг.
assess-round = Круг
assess-opened = Отворен
assess-deadline = Рок
assess-submitted = Доставени
assess-results = Резултати
assess-open-title = Отворање круг
assess-round-name = Назив на кругот
assess-countries = Држави
assess-countries-hint = Кругот се упатува до градовите членки на мрежата во избраните држави; ако не изберете ниту една држава, тој се упатува до сите членки.
assess-open-button = Отвори го кругот
assess-round-name-required = Дајте му на кругот назив од најмногу 100 знаци, на пример „Почетна состојба 2026“.
assess-deadline-future = Рокот мора да биде датум по денешниот, напишан во обликот YYYY-MM-DD.
assess-no-members = Во избраните држави нема ниту еден град членка.
assess-progress = Напредок
assess-municipality = Општина
assess-status-not_started = не е започнато
assess-status-draft = нацрт
assess-status-submitted = доставено
assess-saved = Вашите одговори се зачувани.
assess-fix-fields = Некои одговори треба да се проверат; тие се означени подолу. Она што го внесовте е зачувано како нацрт.
assess-reopen = Отвори повторно за измени
assess-required = задолжително
assess-not-relevant = Со оглед на претходен одговор, ова прашање не се однесува на вас.
assess-rank-hint = Нумерирајте ги потребите по редослед, со 1 за најитната. Потребите што не се однесуваат на вас оставете ги празни.
assess-save-draft = Зачувај како нацрт
assess-submit = Достави
assess-about-instrument = За овој прашалник и неговите извори
assess-choice-unknown = Изберете еден од понудените одговори.
assess-rank-invalid = Секој број користете го само еднаш, од 1 до бројот на потребите.
assess-number-invalid = Внесете број, нула или поголем.
assess-text-too-long = Најмногу 4000 знаци.
assess-answer-required = Ова прашање бара одговор; и „Не знам“ е одговор.
assess-already-submitted = Оваа проценка е веќе доставена. Мрежата може повторно да ја отвори за измени.
assess-results-title = Резултати: { $round }
assess-response-rate = { $submitted } од { $invited } општини доставија проценка.
assess-suppression-note = За да се заштитат општините што не избрале да бидат именувани, бројка што се потпира на помалку од { $k } општини се прикажува како —, со бројот на оние што одговориле. Општините можат да ги споделат одговорите по име; каде што сите општини во колоната ги споделуваат со вас, нејзините бројки се прикажани.
assess-suppressed = скриено: помалку од { $k } општини
assess-headline-title = Градови што немаат програми, ресурси или стручност или не знаат дали ги имаат
assess-headline-definition = Удел на општините што доставиле проценка и одговориле „не“ или „не знам“ на барем едно од следниве: програми за превенција, буџетска ставка за превенција, вработени со потребната стручност. На работилницата во Сараево во февруари 2023 година, над 70% од учесниците го изјавија тоа за својот град.
assess-answer = Одговор
assess-answered = Општини што одговориле
assess-text-count = { $count ->
    [one] { $count } писмен одговор; писмените одговори не се прикажуваат во збирните податоци.
   *[other] { $count } писмени одговори; писмените одговори не се прикажуваат во збирните податоци.
}
assess-median = Медијана: { $median } · не знам: { $dk }
assess-rank-note = Бројките покажуваат колку пати секоја потреба е рангирана на прво место.
assess-reminder-subject = Потсетник: { $round }
assess-reminder-body =
    Кругот на проценка „{ $round }“ се затвора на { $date }, а вашата општина сè уште не доставила проценка.

    Продолжете тука:
    { $link }
assess-instruments-title = Прашалници
assess-instrument = Прашалник
assess-version = Верзија
assess-imported = { $file } е увезен како нов прашалник.
assess-import-warnings = Увезено, со следниве забелешки:
assess-import-rejected = Формуларот е одбиен и ништо не е зачувано. Поправете ги овие проблеми и прикачете го повторно:
assess-upload-title = Увезете XLSForm
assess-upload-explain = Прикачете прашалник во формат XLSForm (.xlsx) со листовите survey, choices и settings. Поддржани се: прашањата select_one, select_multiple, rank, integer, decimal, text и date, групите, колоните со ознаки за секој јазик, required и едноставните изрази relevant и constraint.
assess-upload-file = Датотека XLSForm
assess-upload-button = Увезете
assess-upload-choose = Изберете датотека .xlsx за прикачување.
assess-instruments-link = Прашалници и XLSForm
assess-previous = претходен круг: { $share }%
assess-csv-question = Прашање
assess-csv-area = Подрачје
assess-csv-count = Општини
assess-csv-share = Удел (%)
assess-csv-codes = шифри
assess-needs-title = Потреби и побарана поддршка
assess-needs-ranked = Приоритетни потреби, од најитната:
assess-support-asked = Поддршка побарана од мрежата:
assess-answers-export = Одговори на секоја општина
assess-map-no-data = нема поднесување
assess-map-hidden = скриено (премалку)
assess-map-lacks = нема програми, ресурси или стручност, или не знае
assess-map-has = има програми, ресурси и стручност
assess-boundaries-title = Граници за картите
assess-boundaries-explain = Прикачете граници во формат GeoJSON. Секој објект се поврзува со место според ISO 3166-2 шифрата или според името во неговата држава; објектите без совпаѓање, или со повеќе совпаѓања, се наведуваат и се изоставаат.
assess-upload-file-geojson = Датотека GeoJSON
assess-boundaries-matched = { $count ->
    [one] { $count } објект е поврзан со место.
   *[other] { $count } објекти се поврзани со места.
}
assess-boundaries-unmatched = Изоставени:
assess-date-invalid = Внесете датум во обликот YYYY-MM-DD.
flash-assess-saved = Вашите одговори се зачувани како нацрт. Поднесете ги кога ќе бидат целосни.
flash-assess-submitted = Проценката е поднесена до мрежата. Ви благодариме; сега се брои во резултатите.
flash-assess-reopened = Поднесувањето е повторно отворено; општината е известена дека може да ги измени одговорите.
flash-assess-round-opened = Кругот е отворен; фокалните точки на општините се известени.
audience-hub = Само центарот
audience-hub-explained = нашите именувани одговори остануваат меѓу нас и центарот; другите гледаат само збирни бројки за многу општини.
audience-national = Центарот и нашите национални координатори
audience-national-explained = националните координатори на нашата земја ги гледаат нашите одговори по име, во резултатите и на контролната табла на земјата.
audience-partners = Центарот, националните координатори и партнерите
audience-partners-explained = и партнерите на центарот (донатори и меѓународни организации со сметка) ги гледаат по име.
audience-public = Сите
audience-public-explained = нашите одговори се објавуваат по име во резултатите, контролните табли и отворените податоци.
assess-audience-title = Кој може да ги види нашите одговори по име
assess-audience-chosen = Избрано од { $who } на { $when }.
assess-audience-standing-note = Ова е постојаниот избор на општината.
assess-audience-default = Ништо не е избрано: одговорите остануваат кај центарот.
assess-audience-question = Кој може да ги види нашите именувани одговори во овој круг?
assess-audience-standing = Нека ова биде наш избор и за следните кругови
assess-audience-save = Зачувај го изборот
flash-assess-audience = Зачувано: { $name } сега може да ги гледа овие одговори по име. Изборот е евидентиран и може да се смени во секое време.
assess-hidden-cell = скриено: { $base } одговориле тука, потребни се { $k }
assess-own-column = Колоната „{ $name }“ ги прикажува одговорите на вашата општина покрај земјата и регионот.
assess-own-open = Отворете ги вашите одговори
assess-own-chosen = одговорот на вашата општина
assess-named-title = Општини што ги споделуваат одговорите со вас
assess-named-intro = Секоја општина избрала кој може да ги види нејзините одговори по име; отворете една за да ги прочитате сите.
assess-named-place = Општина
assess-map-other = Други карти:
assess-xlsform-place-code = Код на општината (како во именикот на Мозаик, на пример MK-703)
assess-boundaries-country = Земја што ја црта датотеката
assess-boundaries-country-features = Како што ја именува секој елемент
