## Instrumenti i paracaktuar: “Kapacitetet dhe nevojat vendore për parandalim”.
## Burimet mbi të cilat u hartuan pyetjet përmenden në shënimet e instrumentit
## (crates/assess/src/default_instrument.rs).

instrument-title = Kapacitetet dhe nevojat vendore për parandalim
instrument-group-mandate = Mandati dhe strategjia
instrument-group-levels = Bashkëpunimi me nivelet e tjera të qeverisjes
instrument-group-means = Mjetet
instrument-group-structures = Strukturat dhe njerëzit
instrument-group-needs = Nevojat

q-mandate = A ka bashkia mandat formal për parandalimin e ekstremizmit të dhunshëm, urrejtjes dhe polarizimit (vendim të këshillit, strategji ose plan veprimi)?
q-national_strategy = Si është përfshirë bashkia në strategjinë kombëtare për parandalimin dhe luftimin e ekstremizmit të dhunshëm (P/CVE)?
q-roles_clarity = Sa e qartë është se cili nivel i qeverisjes është përgjegjës për secilën detyrë parandalimi? (1 = aspak e qartë, 5 = plotësisht e qartë)
q-data_access = A merr bashkia nga qeveria qendrore të dhëna dhe informacion për rreziqet me të cilat përballen komunitetet e saj?
q-police_sharing = Si qarkullon informacioni ndërmjet bashkisë, nga njëra anë, dhe policisë e shërbimeve të sigurisë, nga ana tjetër?
q-programmes = A zbaton ose financon bashkia programe për parandalimin e ekstremizmit të dhunshëm, urrejtjes ose polarizimit?
q-budget = A ka buxheti i bashkisë një zë të veçantë për parandalimin?
q-budget_amount = Sa është përafërsisht shuma e buxhetuar për parandalimin këtë vit, në euro?
q-staff_expertise = A ka bashkia punonjës me ekspertizën e nevojshme për parandalimin e ekstremizmit, urrejtjes dhe polarizimit?
q-structure_exists = A ekziston një strukturë parandalimi që përfshin shumë palë të interesuara (si p.sh. një Ekip për Veprim në Bashkësi ose një Këshill Vendor për Sigurinë)?
q-structure_meets = Sa shpesh mblidhet?
q-structure_paid = A paguhen anëtarët e saj për këtë punë?
q-youth_engagement = Sa të përfshirë janë të rinjtë në punën e bashkisë për parandalimin? (1 = aspak, 5 = plotësisht)
q-trust = Sa u besojnë banorët institucioneve vendore? (1 = aspak, 5 = plotësisht)
q-priority_needs = Renditni nevojat e bashkisë, duke filluar nga më urgjentja.
q-support_wanted = Çfarë mbështetjeje nga qendra do t'ju ndihmonte?
q-comments = A ka diçka tjetër që duhet ta dijë qendra?

choice-yes = Po
choice-no = Jo
choice-partly = Pjesërisht
choice-dont_know = Nuk e di
choice-designed = Mori pjesë në hartimin e saj
choice-consulted = U konsultua
choice-informed = Vetëm u informua
choice-not_involved = Nuk u përfshi
choice-no_strategy = Nuk ka strategji kombëtare
choice-regular = Rregullisht, sipas procedurave të dakorduara
choice-occasional = Herë pas here, kur kërkohet
choice-personal = Vetëm përmes marrëdhënieve personale
choice-none = Aspak
choice-monthly = Të paktën një herë në muaj
choice-quarterly = Disa herë në vit
choice-rarely = Rrallë ose kurrë
choice-paid = Të paguar
choice-unpaid = Të papaguar, në kohën e tyre të lirë
choice-mixed = Disa të paguar, disa të papaguar
choice-need_training = Trajnime për punonjësit
choice-need_data = Të dhëna dhe informacion për rreziqet vendore
choice-need_coordination = Role të qarta dhe koordinim me nivelet e tjera
choice-need_funding = Financim
choice-need_youth = Mënyra për të arritur te të rinjtë
choice-need_psychosocial = Shërbime psikosociale dhe riintegrimi
choice-need_communication = Komunikim dhe kundërnarrativa
choice-helpdesk = Shërbimi i ndihmës (helpdesk)
choice-expert = Një ekspert
choice-fund = Fondi i Mbështetjes Teknike
choice-peer_exchange = Shkëmbimi i përvojave me qytete të tjera
choice-training = Trajnimi
choice-likert_1 = 1
choice-likert_2 = 2
choice-likert_3 = 3
choice-likert_4 = 4
choice-likert_5 = 5
