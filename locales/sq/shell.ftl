## Struktura e faqes, e përbashkët për të gjitha modulet.

shell-skip-to-content = Kalo te përmbajtja
shell-demo-banner = Ky është një version demonstrues: të gjithë personat, institucionet dhe strukturat që përmban janë fiktive.
shell-nav-label = Menyja kryesore
shell-search-label = Kërko në regjistër
shell-search-placeholder = Vend ose institucion, në çdo alfabet
shell-search-button = Kërko
shell-footer-about = Mozaik është platforma e punës së një qendre rajonale qytetesh që parandalojnë urrejtjen, ekstremizmin dhe polarizimin, si dhe reagojnë ndaj tyre.
shell-kosovo-footnote = Ky emërtim nuk paragjykon qëndrimet mbi statusin dhe është në përputhje me Rezolutën 1244/1999 të Këshillit të Sigurimit të OKB-së dhe me Opinionin e GJND-së mbi shpalljen e pavarësisë së Kosovës.

nav-home = Kryefaqja
nav-directory = Regjistri

error-not-found-title = Faqja nuk u gjet
error-not-found-message = Në këtë adresë nuk ka asgjë. Faqja mund të jetë zhvendosur, ose lidhja mund të jetë shkruar gabim.
error-bad-request-title = Kërkesa nuk mund të kuptohej
error-go-home = Shko te kryefaqja
shell-language = Gjuha
shell-sign-in = Hyr
shell-sign-out = Dil
nav-accounts = Llogaritë
nav-outbox = Mesazhet në dalje
nav-audit = Ditari i auditimit
error-forbidden-title = Qasja nuk lejohet
error-forbidden-message = Roli juaj nuk ju jep qasje në këtë faqe. Nëse ju nevojitet, drejtojuni administratorit të qendrës.
error-method-title = Kjo adresë nuk e pranon këtë kërkesë
error-method-message = Kjo adresë përdoret nga një formular ose buton në një faqe tjetër. Kthehuni në atë faqe dhe përdoreni atje.
error-form-unreadable = Formulari dërgoi një vlerë që faqja nuk e ofron ({ $reason }). Ringarkoni faqen dhe provoni përsëri.
money-empty = Shkruani një shumë në euro, për shembull { $example }.
money-not-a-number = Kjo nuk është shumë. Shkruani shifra, me presje dhjetore nëse duhet, për shembull { $example }.
money-cents = Shumat kanë të shumtën dy shifra dhjetore (cent), për shembull { $example }.
money-ambiguous = Kjo shumë mund të lexohet në dy mënyra. Shkruajeni pa ndarës të mijëshave, ose si { $example }.
money-too-large = Kjo shumë është më e madhe nga sa pranon Mozaik (të shumtën { $max } EUR).
money-negative = Një shumë nuk mund të jetë negative.
shell-cancel = Anulo
weekday-mon = e hënë
weekday-tue = e martë
weekday-wed = e mërkurë
weekday-thu = e enjte
weekday-fri = e premte
weekday-sat = e shtunë
weekday-sun = e diel
month-jan = janar
month-feb = shkurt
month-mar = mars
month-apr = prill
month-may = maj
month-jun = qershor
month-jul = korrik
month-aug = gusht
month-sep = shtator
month-oct = tetor
month-nov = nëntor
month-dec = dhjetor
time-deadline = { $weekday }, { $day } { $month }, { $time } { $zone }
time-day = { $weekday }, { $day } { $month }
time-in-minutes = { $count ->
    [one] pas { $count } minute
   *[other] pas { $count } minutash
}
time-in-hours = { $count ->
    [one] pas { $count } ore
   *[other] pas { $count } orësh
}
time-in-days = { $count ->
    [one] pas { $count } dite
   *[other] pas { $count } ditësh
}
time-ago-minutes = { $count ->
    [one] { $count } minutë më parë
   *[other] { $count } minuta më parë
}
time-ago-hours = { $count ->
    [one] { $count } orë më parë
   *[other] { $count } orë më parë
}
time-ago-days = { $count ->
    [one] { $count } ditë më parë
   *[other] { $count } ditë më parë
}
pager-label = Faqet e rezultateve
pager-previous = ← Para
pager-next = Tjetra →
pager-position = { $first }–{ $last } nga { $total }
