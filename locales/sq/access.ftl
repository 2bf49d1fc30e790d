## Hyrja, ftesat, llogaritë, mesazhet në dalje dhe ditari i auditimit.

signin-title = Hyrja
signin-email = Adresa e email-it
signin-password = Fjalëkalimi
signin-button = Hyr
signin-help = Llogaritë krijohen me ftesë nga qendra. Nëse e keni harruar fjalëkalimin, kërkojini administratorit të qendrës një ftesë të re.
signin-email-required = Shkruani adresën tuaj të email-it.
signin-password-required = Shkruani fjalëkalimin tuaj.
signin-wrong = Adresa e email-it ose fjalëkalimi është i gabuar.
signin-locked = Shumë përpjekje të gabuara: kjo llogari është e bllokuar deri në { $time }. Provoni përsëri pas kësaj ore.
signin-client-blocked = Nga rrjeti juaj janë bërë shumë përpjekje të dështuara për hyrje. Prisni një çerek ore dhe provoni përsëri.

totp-title = Hapi i dytë i hyrjes
totp-explain = Shkruani kodin gjashtëshifror që aplikacioni juaj i vërtetimit shfaq për Mozaik.
totp-code = Kodi
totp-recovery-hint = E keni humbur telefonin? Shkruani në vend të kësaj një nga kodet tuaja të rikuperimit.
totp-button = Vazhdo
totp-wrong = Ky kod nuk është i vlefshëm. Kontrolloni që ora e telefonit tuaj të jetë e saktë dhe shkruani kodin që shfaqet tani.
totp-setup-title = Konfiguroni hyrjen me dy hapa
totp-setup-required = Roli juaj ju jep qasje në informacione të ndjeshme, prandaj hyrja kërkon një hap të dytë: një kod nga një aplikacion në telefonin tuaj.
totp-setup-step-app = Instaloni në telefon një aplikacion vërtetimi, nëse nuk keni ende (për shembull FreeOTP, Aegis ose Google Authenticator).
totp-setup-step-scan = Në aplikacion, shtoni një llogari dhe skanoni këtë kod.
totp-setup-manual = Nëse nuk mund ta skanoni, shkruajeni këtë çelës në aplikacion:
totp-setup-step-code = Shkruani kodin gjashtëshifror që shfaq tani aplikacioni.
totp-setup-button = Konfirmo
recovery-title = Kodet tuaja të rikuperimit
recovery-explain = Hyrja me dy hapa është aktivizuar. Ruajini këto kode rikuperimi në një vend të sigurt, larg telefonit: secili prej tyre ju lejon të hyni një herë nëse e humbni telefonin. Ato shfaqen vetëm tani.
recovery-continue = Vazhdo

password-too-short = Fjalëkalimi duhet të ketë të paktën { $min } karaktere. Disa fjalë pa lidhje me njëra-tjetrën krijojnë një fjalëkalim të gjatë që mbahet mend lehtë.
password-too-long = Fjalëkalimi është shumë i gjatë.
password-common = Ky fjalëkalim është ndër më të zakonshmit dhe do të zbulohej shpejt. Zgjidhni një tjetër.
password-contains-email = Fjalëkalimi nuk duhet të përmbajë adresën tuaj të email-it.

account-title = Llogaria juaj
account-name = Emri
account-email = Adresa e email-it
account-roles = Rolet
account-no-roles = Ende asnjë rol.
account-totp = Hyrja me dy hapa
account-totp-on = aktive
account-totp-off = joaktive
account-totp-set-up = Konfigurojeni
account-sign-out-everywhere = Dil nga të gjitha pajisjet
tokens-title = Tokenët API
tokens-explain = Tokeni i lejon një sistemi tjetër ta lexojë regjistrin përmes API-së në emrin tuaj. Ai jep vetëm fushëveprimin që zgjidhni dhe ka afat skadimi.
tokens-shown-once = Kopjojeni këtë token tani: nuk do të shfaqet më.
tokens-name = Emri
tokens-scope = Fushëveprimi
tokens-created = Krijuar më
tokens-expires = Skadon më
tokens-last-used = Përdorur së fundi
tokens-days = I vlefshëm për (ditë, nga 1 deri në 365)
tokens-create = Krijo token
tokens-revoke = Revoko
tokens-revoked = i revokuar
token-name-required = Jepini tokenit një emër me jo më shumë se 100 karaktere, për shembull emrin e sistemit që do ta përdorë.
token-days-range = Shkruani një numër ditësh nga 1 deri në 365.
token-scope-unknown = Zgjidhni një nga fushëveprimet e listës.

role-hub_admin = Administrator i qendrës
role-hub_staff = Punonjës i qendrës
role-national_coordinator = Koordinator kombëtar
role-security_liaison = Oficer ndërlidhës për sigurinë
role-focal_point = Pikë kontaktuese e bashkisë
role-municipal_staff = Punonjës i bashkisë
role-expert = Ekspert
role-partner = Partner ose vëzhgues
role-civil_society = Anëtar i shoqërisë civile

invite-title = Ftoni një person në { $place }
invite-explain = Personi merr një email me një lidhje që funksionon vetëm një herë dhe skadon pas shtatë ditësh. Nëse ftoni dikë në një pozicion që mbahet nga një person tjetër, pozicioni i kalon atij kur ai e pranon ftesën.
invite-name = Emri i plotë
invite-email = Adresa e email-it
invite-role = Roli
invite-position = Pozicioni
invite-no-position = Pa pozicion
invite-position-hint = Roli kalon bashkë me pozicionin kur ky i dorëzohet dikujt tjetër.
invite-language = Gjuha e ftesës
invite-button = Dërgo ftesën
invite-sent = Ftesa iu dërgua adresës { $email }.
invite-email-invalid = Shkruani një adresë email-i të vlefshme, si p.sh. emri@bashkia.al.
invite-name-required = Shkruani emrin e plotë të personit (jo më shumë se 200 karaktere).
invite-role-required = Zgjidhni një rol.
invite-position-unknown = Zgjidhni një pozicion nga lista.
invite-mail-subject = Ftesa juaj për t'u bashkuar me { $hub }
invite-mail-body =
    I/E nderuar { $name },

    Ju ftojmë të bashkoheni me { $hub } në Mozaik me rolin “{ $role }” për { $place }.

    Për ta pranuar ftesën, hapni këtë lidhje dhe zgjidhni një fjalëkalim:
    { $link }

    Lidhja funksionon vetëm një herë dhe skadon më { $date }. Nëse nuk e prisnit këtë ftesë, mos i kushtoni vëmendje këtij mesazhi.

accept-title = Pranoni ftesën tuaj
accept-welcome = Mirë se vini, { $name }. Zgjidhni një fjalëkalim për { $email }.
accept-password = Fjalëkalimi
accept-password-hint = Të paktën 10 karaktere. Disa fjalë pa lidhje me njëra-tjetrën krijojnë një fjalëkalim të mirë.
accept-confirm = Përsëritni fjalëkalimin
accept-confirm-mismatch = Dy fjalëkalimet nuk përputhen.
accept-button = Krijo llogarinë time
accept-gone-title = Kjo ftesë nuk mund të përdoret
accept-gone-message = Lidhja është përdorur tashmë ose ka skaduar. Kërkojini qendrës një ftesë të re.

people-title = Personat që mbajnë pozicione në { $place }
people-link = Personat që mbajnë pozicione këtu
people-back = Kthehu te vendi
people-invite = Ftoni një person në një pozicion këtu
people-private = Të dhëna personale: ju shfaqen sepse roli juaj e përfshin këtë vend.
people-none = Këtu askush nuk mban ende ndonjë pozicion.
people-person = Personi
people-period = Periudha
people-now = sot
people-role-holder = Titullar
people-role-deputy = Zëvendës

accounts-title = Llogaritë
accounts-revoke = Mbyll seancat
accounts-deactivate = Çaktivizo
accounts-inactive = e çaktivizuar

outbox-title = Mesazhet në dalje
outbox-explain = Mesazhet që ka dërguar Mozaik, më të rejat në krye. Kur nuk është konfiguruar asnjë server poste, ato presin këtu.
outbox-empty = Ende asnjë mesazh.
outbox-to = Për
outbox-sent = dërguar më { $time }
outbox-failed = ende i padërguar: { $reason }
outbox-waiting = në pritje për t’u dërguar

audit-title = Ditari i auditimit
audit-chain-ok = { $count ->
    [one] Zinxhiri prej { $count } ngjarjeje është i pacenuar.
   *[other] Zinxhiri prej { $count } ngjarjesh është i pacenuar.
}
audit-chain-broken = Zinxhiri është ndërprerë te ngjarja { $id }: { $reason }.
audit-actor = Kryerësi
audit-action = Veprimi
audit-from = Nga
audit-to = Deri
audit-filter = Filtro
audit-time = Koha
audit-object = Objekti
audit-summary = Përmbledhja
outbox-link-withheld = [lidhja personale nuk shfaqet këtu; i dërgohet vetëm marrësit]
invite-no-key-title = Ftesat kërkojnë çelësin e instancës
invite-no-key-message = Lidhja e ftesës mbahet e mbyllur deri sa të dërgohet, dhe ky server nuk ka çelës për ta mbyllur. Kërkojini administratorit të konfigurojë sharing_key (shih README), pastaj ftoni përsëri.
accept-existing = { $name }, ju keni tashmë një llogari. Pranimi i shton rolin “{ $role }”; fjalëkalimi dhe faktori i dytë mbeten siç janë.
accept-role-button = Prano rolin
accept-sign-in-first = Ekziston tashmë një llogari për { $email }. Hyni fillimisht në të; pastaj kjo faqe ju lejon të pranoni rolin e ri.
accept-deactivated = Llogaria e kësaj adrese është çaktivizuar dhe një ftesë nuk e riaktivizon. Drejtojuni administratorit të qendrës.
flash-invitation-accepted = Roli i ri është juaji. Çfarë sjell gjendet në faqen tuaj kryesore.
totp-used = Ky kod është përdorur tashmë. Prisni kodin e radhës në aplikacion.
signin-for-account = Llogaria juaj: fjalëkalimi, faktori i dytë, njoftimet dhe tokenët API. Hyni për ta hapur.
signin-for-admin = Kjo faqe është për administratorët e qendrës: llogaritë, postën dalëse dhe regjistrin e auditimit.
signin-for-sharing = Kjo faqe është për pozicionet që shkëmbejnë informacion mes nivelit kombëtar dhe vendor: pikat fokale të bashkive, koordinatorët kombëtarë dhe ndërlidhësit e sigurisë. Vetëm pozicionet pjesëmarrëse mund ta lexojnë një njoftim.
signin-for-support = Kjo faqe është për bashkitë që kërkojnë mbështetje nga qendra, stafin e qendrës dhe ekspertët e caktuar për një kërkesë.
signin-for-assess = Kjo faqe është për pikën fokale dhe stafin e bashkisë, që plotësojnë vlerësimin e saj, dhe stafin e qendrës.
signin-for-studies = Kjo faqe është për bashkinë që e drejton studimin: pikën fokale dhe stafin e saj.
signin-for-people = Emrat e personave në pozicione janë të dhëna personale: kjo faqe është për rolet që e mbulojnë vendin.
signin-for-knowledge = Kushdo me llogari mund të propozojë një praktikë të mirë ose një përkthim; hyni për ta bërë.
signin-for-invitation = Kjo ftesë është për një adresë që ka tashmë llogari: hyni në të për të pranuar rolin e ri.
signin-for-page = Faqja që kërkuat është për personat me një rol në qendër. Hyni për ta hapur.
password-change-title = Ndryshoni fjalëkalimin
password-current = Fjalëkalimi aktual
password-new = Fjalëkalimi i ri
password-change-button = Ndrysho fjalëkalimin
password-current-wrong = Ky nuk është fjalëkalimi juaj aktual.
flash-password-changed = Fjalëkalimi juaj u ndryshua; seancat e tjera u mbyllën.
password-forgot-link = Keni harruar fjalëkalimin?
password-forgot-title = Rivendosni një fjalëkalim të harruar
password-forgot-intro = Shkruani adresën e e-mailit: nëse ka llogari, i dërgohet një lidhje për të zgjedhur fjalëkalim të ri. Lidhja punon një herë, brenda një ore.
password-forgot-button = Dërgo lidhjen
password-forgot-sent = Nëse kjo adresë ka llogari, po vjen një lidhje për të zgjedhur fjalëkalim të ri. Punon një herë, brenda një ore. Nuk mbërriti? Kontrolloni adresën ose pyesni administratorin e qendrës.
password-mail-subject = Mozaik: zgjidhni një fjalëkalim të ri
password-mail-body = Dikush (ndoshta ju) kërkoi rivendosjen e fjalëkalimit të kësaj llogarie. Zgjidhni një të ri këtu; lidhja punon një herë, brenda një ore:
    
    { $link }
    
    Nëse nuk e kërkuat, injorojeni këtë mesazh: fjalëkalimi mbetet i njëjtë.
password-reset-title = Zgjidhni një fjalëkalim të ri
password-reset-button = Vendos fjalëkalimin e ri
password-link-gone-title = Kjo lidhje nuk mund të përdoret
password-link-gone-message = Është përdorur tashmë ose është më e vjetër se një orë. Kërkoni një të re nga faqja e hyrjes.
flash-password-reset = Fjalëkalimi i ri u vendos. Hyni me të.
accounts-deactivate-confirm = Të çaktivizohet llogaria e { $name } ({ $email })? Del menjëherë dhe nuk mund të hyjë më; çfarë ka bërë mbetet e regjistruar.
accounts-revoke-confirm = Të mbyllen të gjitha seancat e { $name } ({ $email })? Duhet të hyjë përsëri në çdo pajisje.
flash-account-deactivated = Llogaria u çaktivizua dhe seancat e saj u mbyllën.
flash-account-sessions-ended = Të gjitha seancat e llogarisë u mbyllën.
tokens-revoke-confirm = Të revokohet tokeni API “{ $name }”? Çdo sistem që e përdor nuk do të mund të lexojë më nga Mozaik menjëherë.
flash-token-revoked = Tokeni u revokua.
audit-actor-system = Vetë Mozaik
audit-actor-command = Një komandë në server
audit-actor-anonymous = Një vizitor i pahyrë
audit-actor-other = Tjetër
scope-directory-read = vende, institucione dhe kërkim
scope-directory-people = kush mban çdo pozitë (të dhëna personale; çdo lexim regjistrohet)
scope-assess-read = raundet e vlerësimit dhe rezultatet e tyre
scope-resilience-read = studimet e qëndrueshmërisë dhe treguesit e tyre
scope-knowledge-read = praktika, programe dhe ngjarje
scope-support-read = thirrjet e fondit, totalet e granteve dhe planet e punës
