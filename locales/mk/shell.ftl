## The page layout, shared by every module.

shell-skip-to-content = Прескокни до содржината
shell-demo-banner = Ова е демонстрациска верзија: сите лица, институции и тела во неа се измислени.
shell-nav-label = Главно мени
shell-search-label = Пребарувајте го именикот
shell-search-placeholder = Место или институција, на кое било писмо
shell-search-button = Пребарај
shell-footer-about = Mozaik е работната платформа на регионалната мрежа на градови што ги спречуваат омразата, екстремизмот и поларизацијата и реагираат на нив.
shell-kosovo-footnote = Оваа ознака не ги доведува во прашање ставовите за статусот и е во согласност со Резолуцијата 1244/1999 на Советот за безбедност на ОН и со мислењето на Меѓународниот суд на правдата за прогласувањето на независноста на Косово.

nav-home = Почетна
nav-directory = Именик

error-not-found-title = Страницата не е пронајдена
error-not-found-message = На оваа адреса нема ништо. Страницата можеби е преместена или врската е погрешно напишана.
error-bad-request-title = Барањето не може да се протолкува
error-go-home = Кон почетната страница
shell-language = Јазик
shell-sign-in = Најави се
shell-sign-out = Одјави се
nav-accounts = Кориснички сметки
nav-outbox = Излезна пошта
nav-audit = Ревизиски дневник
error-forbidden-title = Пристапот не е дозволен
error-forbidden-message = Вашата улога не ви дава пристап до оваа страница. Ако ви е потребна, обратете се до администраторот на мрежата.
error-method-title = Оваа адреса не го прифаќа ова барање
error-method-message = Оваа адреса ја користи образец или копче на друга страница. Вратете се на таа страница и користете го таму.
error-form-unreadable = Образецот испрати вредност што страницата не ја нуди ({ $reason }). Вчитајте ја страницата повторно и обидете се пак.
money-empty = Внесете износ во евра, на пример { $example }.
money-not-a-number = Ова не е износ. Напишете цифри, со децимална запирка ако е потребно, на пример { $example }.
money-cents = Износите имаат најмногу две децимали (центи), на пример { $example }.
money-ambiguous = Овој износ може да се прочита на два начина. Напишете го без одвојувач на илјадарките, или како { $example }.
money-too-large = Овој износ е поголем од дозволеното во Mozaik (најмногу { $max } EUR).
money-negative = Износот не може да биде негативен.
shell-cancel = Откажи
weekday-mon = понеделник
weekday-tue = вторник
weekday-wed = среда
weekday-thu = четврток
weekday-fri = петок
weekday-sat = сабота
weekday-sun = недела
month-jan = јануари
month-feb = февруари
month-mar = март
month-apr = април
month-may = мај
month-jun = јуни
month-jul = јули
month-aug = август
month-sep = септември
month-oct = октомври
month-nov = ноември
month-dec = декември
time-deadline = { $weekday }, { $day } { $month }, { $time } { $zone }
time-day = { $weekday }, { $day } { $month }
time-in-minutes = { $count ->
    [one] за { $count } минута
   *[other] за { $count } минути
}
time-in-hours = { $count ->
    [one] за { $count } час
   *[other] за { $count } часа
}
time-in-days = { $count ->
    [one] за { $count } ден
   *[other] за { $count } дена
}
time-ago-minutes = { $count ->
    [one] пред { $count } минута
   *[other] пред { $count } минути
}
time-ago-hours = { $count ->
    [one] пред { $count } час
   *[other] пред { $count } часа
}
time-ago-days = { $count ->
    [one] пред { $count } ден
   *[other] пред { $count } дена
}
pager-label = Страници со резултати
pager-previous = ← Претходна
pager-next = Следна →
pager-position = { $first }–{ $last } од { $total }
