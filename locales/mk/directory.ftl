## The directory: places, institutions, positions, structures.

directory-breadcrumb = Каде се наоѓа ова место
directory-as-of = Состојба на ден
directory-show = Прикажи
directory-back-to-today = Назад кон денешната состојба
directory-bad-date = Датумот мора да биде напишан во обликот YYYY-MM-DD, на пример 2023-02-08.
directory-countries = Држави
directory-below = Места во составот
directory-local-governments = { $count ->
    [one] локална самоуправа
   *[other] локални самоуправи
}
directory-network-members = { $count ->
    [one] членка на мрежата
   *[other] членки на мрежата
}
directory-local-governments-count = { $count ->
    [one] { $count } локална самоуправа
   *[other] { $count } локални самоуправи
}
directory-network-members-count = { $count ->
    [one] { $count } членка на мрежата
   *[other] { $count } членки на мрежата
}
directory-member = членка
directory-member-since = Членка на мрежата „{ $hub }“ од { $date }
directory-institutions = Институции
directory-no-institutions = Овде сè уште не е евидентирана ниту една институција.
directory-website = веб-страница
directory-held-since = на функцијата од { $date }
directory-vacant = непополнето
directory-deputies = { $count ->
    [one] { $count } заменик
   *[other] { $count } заменици
}
directory-names-private = Функциите им припаѓаат на институциите; имињата на лицата што ги вршат им се прикажуваат само на најавените корисници чија улога го опфаќа ова место.
directory-structures = Тела за превенција
directory-no-structures = Овде сè уште не е евидентирано ниту едно тело за превенција.
directory-established = основано на { $date }
directory-members-of = Членови на
directory-role = Улога
directory-position = Функција
directory-institution = Институција
directory-about-record = За овој запис
directory-code = Шифра
directory-source = Извор
directory-empty-title = Именикот е празен
directory-empty-message = Сè уште не е вчитано ниту едно место. Администраторот може да ги вчита референтните места со командата „mozaik init“.
directory-search-title = Пребарување во именикот
directory-search-results-for = Резултати за „{ $query }“
directory-search-label = Место или институција
directory-search-hint = Пишувајте на латиница или кирилица, со или без дијакритици: „Куманово“, „Kumanovo“ и „kumanovo“ го наоѓаат истото место, а „Chashka“ ја наоѓа Чашка. Името на местото ги наоѓа и неговите институции, а видот („полиција“, „училиште“) институциите од тој вид.
directory-places-found = { $count ->
    [one] { $count } место
   *[other] { $count } места
}
directory-institutions-found = { $count ->
    [one] { $count } институција
   *[other] { $count } институции
}
directory-download-places = Преземи ги сите места (CSV)
directory-download-institutions = Преземи ги сите институции (CSV)

level-region = Регион
level-country = Држава
level-entity = Ентитет
level-province = Автономна покраина
level-district = Округ
level-canton = Кантон
level-county = Округ
level-city = Град
level-municipality = Општина
level-neighbourhood = Месна заедница

institution-kind-municipal_administration = Општинска администрација
institution-kind-ministry = Министерство
institution-kind-national_coordination_body = Национално координативно тело
institution-kind-police = Полиција
institution-kind-security_service = Безбедносна служба
institution-kind-social_welfare_centre = Центар за социјална работа
institution-kind-school = Училиште
institution-kind-health_centre = Здравствен дом
institution-kind-civil_society_organisation = Организација на граѓанското општество
institution-kind-youth_organisation = Младинска организација
institution-kind-religious_community = Верска заедница
institution-kind-media = Медиуми
institution-kind-donor = Донатор
institution-kind-multilateral_body = Мултилатерална организација

structure-kind-community_action_team = Тим за акција во заедницата (CAT)
structure-kind-local_safety_council = Локален совет за безбедност (LSC)
structure-kind-local_public_safety_council = Локален совет за јавна безбедност (LPSC)
structure-kind-municipal_community_safety_council = Општински совет за безбедност на заедницата (MCSC)
structure-kind-custom = Друго тело
structure-meets-monthly = се состанува еднаш месечно
structure-meets-quarterly = се состанува еднаш на три месеци
structure-meets-irregularly = се состанува нередовно
structure-role-chair = Претседател
structure-role-member = Член
structure-role-secretary = Секретар
directory-peer-learning = Учење од врсниците: градови и практики што одговараат на приоритетните потреби на оваа општина
directory-show-all-places = Сите { $count } места →
directory-show-all-institutions = Сите { $count } институции →
directory-back-to-all = ← Места и институции
flash-matrix-saved = Матрицата на улоги е зачувана. Празнините и преклопувањата се означени подолу.
