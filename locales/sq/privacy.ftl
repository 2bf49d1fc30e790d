## Të dhënat personale: deklarata e privatësisë, regjistrat e përpunimit, të dhënat e një personi, fshirja dhe ruajtja.

nav-privacy = Të dhënat personale
privacy-title = Deklarata e privatësisë
privacy-intro = Mozaik administrohet nga qendra rajonale për bashkitë, koordinatorët kombëtarë dhe partnerët që parandalojnë urrejtjen, ekstremizmin dhe polarizimin. Kjo deklaratë tregon cilat të dhëna personale mban Mozaik, pse, mbi çfarë baze ligjore, kush i sheh dhe sa kohë ruhen. Ajo krijohet nga të njëjtat deklarime që zbaton vetë softueri.
privacy-rights = Gjithçka që Mozaik mban për ju mund ta shihni dhe ta shkarkoni nga llogaria juaj (Llogaria → Të dhënat e mia). Për korrigjimin ose fshirjen e të dhënave tuaja, u shkruani administratorëve të qendrës: ata veprojnë në bazë të një kërkese me shkrim, dhe ajo që keni bërë si mbajtës i një pozicioni mbetet e lidhur me pozicionin, jo me emrin tuaj.
privacy-col-data = Të dhënat
privacy-col-purpose = Qëllimi
privacy-col-basis = Baza ligjore
privacy-col-seen-by = Kush i sheh
privacy-col-kept = Afati i ruajtjes
privacy-col-table = Tabela
privacy-col-erasure = Në rast fshirjeje
privacy-col-kind = Lloji i regjistrimit
privacy-col-days = Ditët e ruajtjes
privacy-col-limits = Intervali i lejuar (ditë)

privacy-category-officials = Zyrtarët në regjistër
privacy-category-signin = Llogaritë dhe hyrja
privacy-category-mail = Mesazhet dhe njoftimet
privacy-category-support = Shërbimi i ndihmës, ekspertët dhe Fondi
privacy-category-sharing = Shkëmbimi i informacionit
privacy-category-surveys = Anketat me banorët
privacy-category-knowledge = Praktikat e mira
privacy-category-audit = Ditari i auditimit

privacy-basis-public-task = Detyrë në interes publik
privacy-basis-legitimate-interest = Interes legjitim
privacy-basis-legal-obligation = Detyrim ligjor
privacy-basis-consent = Pëlqim

privacy-purpose-directory = Gjetja e zyrës së duhur: kush mban cilin pozicion në një bashki ose institucion
privacy-purpose-accounts = Dhënia e roleve të pozicioneve personave që i mbajnë
privacy-purpose-security = Mbrojtja e llogarive: hyrja, faktori i dytë, parandalimi i hamendësimit të fjalëkalimeve
privacy-purpose-mail = Njoftimi i personave për atë që i pret, me email dhe në Mozaik
privacy-purpose-support = Përgjigjja ndaj kërkesave të bashkive dhe administrimi i Fondit
privacy-purpose-experts = Përzgjedhja e ekspertëve të përshtatshëm për kërkesat dhe projektet
privacy-purpose-sharing = Përcjellja e njoftimeve ndërmjet zyrave kombëtare dhe vendore, sipas bazës së tyre ligjore
privacy-purpose-surveys = Matja e qëndrueshmërisë së komunitetit pa identifikuar askënd
privacy-purpose-assess = Regjistrimi i atij që vendosi kush mund t'i shohë përgjigjet e një bashkie
privacy-purpose-knowledge = Publikimi i praktikave të mira bashkë me ata që i propozuan dhe i shqyrtuan
privacy-purpose-audit = Evidentimi i kujt bëri çfarë, që çdo ndryshim të mund të kontrollohet

privacy-seen-officials = Zyrtarët e qendrës, të shtetit dhe të bashkisë që kanë hyrë në sistem
privacy-seen-admins = Administratorët e qendrës
privacy-seen-nobody = Askush: përdoren vetëm nga softueri për të parandaluar hamendësimin e fjalëkalimeve
privacy-seen-self = Vetëm vetë personi
privacy-seen-positions = Pozicionet që marrin pjesë në njoftim
privacy-seen-hub-municipality = Qendra dhe bashkia përkatëse
privacy-seen-study-owners = Përgjegjësit e studimit në bashki; të gjithë të tjerët shohin shifra vetëm për grupe prej të paktën dhjetë vetash
privacy-seen-hub = Stafi i qendrës
privacy-seen-public = Të gjithë (praktikat e publikuara nuk përmendin asnjë person; shqyrtuesit e tyre dihen vetëm brenda)

privacy-while-position = Sa kohë që personi mban një pozicion, pastaj deri në fshirjen me kërkesë
privacy-while-account = Sa kohë që ekziston llogaria
privacy-while-instance = Sa kohë që ekziston regjistrimi të cilit i përkasin; emri i personit fshihet me kërkesë
privacy-while-notice = Deri në skadimin e njoftimit: më pas përmbajtja e tij hiqet
privacy-while-expert = Sa kohë që eksperti është në grupin e ekspertëve

privacy-days = { $count ->
    [one] { $count } ditë
   *[other] { $count } ditë
}
privacy-retention-sessions = { $days } pas përfundimit të seancës
privacy-retention-known-devices = { $days } pas përdorimit të fundit të shfletuesit
privacy-retention-password-resets = { $days } pas skadimit të lidhjes
privacy-retention-signin-addresses = { $days } pas përpjekjes
privacy-retention-invitations = { $days } pas skadimit të një ftese të papërdorur
privacy-retention-sent-mail = { $days } pas dorëzimit të mesazhit
privacy-retention-read-notifications = { $days } pas leximit të njoftimit
privacy-retention-survey-open-answers = Përgjigjet e hapura: { $days } pas importimit të fundit të studimit (raportit të tij)
privacy-retention-closed-requests = Tekstet e një kërkese të mbyllur: { $days } pas mbylljes së saj

privacy-period-sessions = Seancat e përfunduara
privacy-period-known-devices = Shfletuesit e njohur
privacy-period-password-resets = Lidhjet për rivendosjen e fjalëkalimit
privacy-period-signin-addresses = Përpjekjet për hyrje dhe adresat e rrjetit
privacy-period-invitations = Ftesat e papërdorura
privacy-period-sent-mail = Emailet e dorëzuara
privacy-period-read-notifications = Njoftimet e lexuara
privacy-period-survey-open-answers = Përgjigjet e hapura të anketave
privacy-period-closed-requests = Tekstet e kërkesave të mbyllura në shërbimin e ndihmës

privacy-erasure-unlinked = Nuk lidhen me asnjë llogari: hiqen në fund të afatit të tyre
privacy-erasure-delete = Fshihen
privacy-erasure-pseudonym = Emri dhe email-i zëvendësohen me një pseudonim
privacy-erasure-keep = Ruhen për pozicionin; emri fshihet kudo ku është shkruar

privacy-data-people = Emri dhe adresa e email-it e një zyrtari
privacy-data-position_holders = Cilin pozicion ka mbajtur një person dhe kur
privacy-data-accounts = Llogaria: email-i, gjuha, data e krijimit
privacy-data-recovery_codes = Kodet e rikuperimit për faktorin e dytë (vetëm nëse janë përdorur)
privacy-data-sessions = Seancat: koha e hyrjes dhe e aktivitetit të fundit
privacy-data-known_devices = Shfletuesit nga të cilët është hyrë
privacy-data-password_resets = Kërkesat për rivendosjen e fjalëkalimit
privacy-data-api_tokens = Tokenët API: emri dhe përdorimi
privacy-data-login_attempts = Përpjekjet për hyrje: adresa e rrjetit dhe koha
privacy-data-role_grants = Rolet e dhëna një llogarie
privacy-data-invitations = Ftesat: emri dhe email-i i personit të ftuar
privacy-data-outbox = Emailet e dërguara nga Mozaik
privacy-data-audit_events = Ngjarjet e auditimit: kush bëri çfarë, sipas numrit të llogarisë
privacy-data-notifications = Njoftimet
privacy-data-notification_preferences = Zgjedhjet për mënyrën e njoftimit
privacy-data-notices = Njoftimet e shkëmbimit të informacionit (përmbajtje për personat e kthyer, e mbyllur)
privacy-data-answer_audiences = Kush zgjodhi se kush mund t'i shohë përgjigjet e një bashkie
privacy-data-study_responses = Përgjigjet e banorëve në anketa, pa emra
privacy-data-support_requests = Kërkesat në shërbimin e ndihmës
privacy-data-support_events = Përgjigjet dhe shënimet për kërkesat në shërbimin e ndihmës
privacy-data-experts = Profilet e ekspertëve: emri, gjuhët, tarifa ditore
privacy-data-expert_assignments = Angazhimet e ekspertëve dhe vlerësimet e tyre
privacy-data-expert_time = Koha e regjistruar nga ekspertët
privacy-data-fund_applications = Aplikimet në Fond
privacy-data-fund_reviews = Shqyrtimet e Fondit dhe konfliktet e interesit të deklaruara
privacy-data-fund_reports = Raportet e projekteve të Fondit
privacy-data-practices = Praktikat e mira: kush i propozoi
privacy-data-practice_texts = Tekstet e praktikave: kush i shqyrtoi
privacy-data-theme_follows = Temat që ndjek një person

privacy-own-title = Të dhënat e mia
privacy-own-link = Të dhënat e mia: shihni dhe shkarkoni gjithçka që mbahet për ju
privacy-own-intro = Kjo është gjithçka që Mozaik mban për ju, tabelë pas tabele, siç e deklarojnë regjistrat e tij të përpunimit. Të dhënat sekrete (fjalëkalimet, kodet, përmbajtja e mbyllur e njoftimeve) nuk shfaqen kurrë, as për ju.
privacy-own-erasure = Për fshirjen e të dhënave tuaja, u shkruani administratorëve të qendrës. Ajo që keni bërë si mbajtës i një pozicioni mbetet e lidhur me pozicionin; emri dhe email-i juaj zëvendësohen kudo me një pseudonim.
privacy-download-json = Shkarko në formatin JSON

privacy-admin-title = Të dhënat personale
privacy-admin-intro = Regjistrat e përpunimit, afatet e ruajtjes dhe kërkesat e personave për të parë ose për të fshirë të dhënat e tyre. Deklaratën e privatësisë që krijohet nga këta regjistra mund ta lexojë kushdo:
privacy-requests-title = Kërkesa e një personi
privacy-find-person = Gjeni një person sipas emrit ose email-it
privacy-find = Kërko
privacy-find-nothing = Nuk u gjet askush.
privacy-retention-title = Ruajtja
privacy-last-run = Ekzekutimi i fundit: { $run }
privacy-never-run = Procesi i ruajtjes nuk është ekzekutuar ende; ai ekzekutohet çdo ditë në orën 06:00 UTC.
privacy-save = Ruaj
privacy-run-now = Hiq tani atë që e ka kaluar afatin
privacy-records-title = Regjistrat e përpunimit
privacy-person-title = Të dhënat personale të { $name }
privacy-reference = Referenca e kërkesës me shkrim
privacy-reference-hint = Numri i shkresës ose i dosjes, kurrë një emër: ai ruhet në ditarin e auditimit.
privacy-reference-missing = Mungon referenca e kërkesës me shkrim
privacy-show-data = Shfaq të dhënat
privacy-erase = Fshi të dhënat e këtij personi
privacy-erase-explain = Fshirja heq të dhënat e hyrjes të llogarive të personit, seancat, njoftimet dhe postën e tij, dhe e zëvendëson emrin dhe email-in e tij me një pseudonim në çdo regjistrim dhe në çdo tekst ku janë shkruar. Ajo që ka bërë si mbajtës i një pozicioni mbetet, e lidhur me pozicionin. Ky veprim nuk mund të zhbëhet.
privacy-erase-confirm = Të fshihen të dhënat personale të { $name }? Emri dhe email-i do të zëvendësohen kudo me një pseudonim dhe llogaritë do të mbyllen. Ky veprim nuk mund të zhbëhet.
privacy-erased-at = Të dhënat e këtij personi u fshinë më { $when }.
privacy-period-refused = Afati nuk u ruajt
privacy-period-not-a-number = Shkruani numrin e ditëve si numër të plotë.
privacy-period-out-of-range = Zgjidhni nga { $min } deri në { $max } ditë: këta kufij i vendosin regjistrat e përpunimit.
flash-retention-period-saved = Afati i ruajtjes u ruajt.
flash-retention-run = Procesi i ruajtjes u ekzekutua. Regjistrime të hequra pas skadimit të afatit: { $name }.
flash-person-already-erased = Të dhënat e këtij personi ishin fshirë tashmë.
flash-person-erased = Të dhënat e personit u fshinë.

privacy-finding-email = një adresë email-i
privacy-finding-phone = një numër telefoni
privacy-finding-name = emrin e një personi pas një titulli (z., znj., Dr.)
privacy-warning = Ky tekst duket se përmban { $found }. Përmendni persona privatë vetëm kur është e nevojshme; zyrtarët kontaktohen përmes pozicionit të tyre. Hiqeni, ose shënoni kutinë për ta ruajtur tekstin siç është.
privacy-warning-confirm = Të dhënat personale në këtë tekst janë të nevojshme
