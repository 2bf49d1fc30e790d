## Матрица на улогите: задачи во превенцијата според нивоата на власт.

matrix-title = Кој што прави во превенцијата: { $country }
matrix-link = Кој што прави во превенцијата, по нивоа на власт
matrix-intro = За секоја задача во превенцијата е прикажано кое ниво на власт е одговорно за извршувањето (R), кое е одговорно за исходот (A), кое се консултира (C), а кое се известува (I). Задача за која не е одговорно ниту едно ниво претставува празнина, а задача за која се одговорни две нивоа претставува преклопување.
matrix-function = Задача
matrix-check = Проверка
matrix-gap = празнина: ниту едно ниво не е одговорно
matrix-overlap = преклопување: одговорни се повеќе нивоа
matrix-letters = Внесете ги буквите R, A, C и I, одделени со запирки, или оставете го полето празно.
matrix-save = Зачувај ја матрицата
matrix-legend = R одговорно за извршувањето · A одговорно за исходот · C консултирано · I известено
matrix-function-primary_prevention = Примарна превенција
matrix-function-secondary_prevention = Секундарна превенција
matrix-function-tertiary_prevention = Терцијарна превенција
matrix-function-reintegration = Реинтеграција на повратниците
matrix-function-information_sharing = Споделување информации
matrix-function-youth = Вклучување на младите
matrix-function-victim_support = Поддршка на жртвите
matrix-function-communication = Комуникација
