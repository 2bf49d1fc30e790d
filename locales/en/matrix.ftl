## The roles matrix: prevention functions against levels of government.

matrix-title = Who does what in prevention: { $country }
matrix-link = Who does what in prevention, level by level
matrix-intro = For each prevention function, which level of government is Responsible (R), Accountable (A), Consulted (C) or Informed (I). A function that no level is responsible for is a gap; one that two levels are responsible for is an overlap.
matrix-function = Function
matrix-check = Check
matrix-gap = gap: nobody responsible
matrix-overlap = overlap: several responsible
matrix-letters = Use the letters R, A, C and I, separated by commas, or leave a cell empty.
matrix-save = Save the matrix
matrix-legend = R responsible · A accountable · C consulted · I informed
matrix-function-primary_prevention = Primary prevention
matrix-function-secondary_prevention = Secondary prevention
matrix-function-tertiary_prevention = Tertiary prevention
matrix-function-reintegration = Reintegration of returnees
matrix-function-information_sharing = Information sharing
matrix-function-youth = Youth engagement
matrix-function-victim_support = Support to victims
matrix-function-communication = Communication
