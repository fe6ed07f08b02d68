<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Barntid</source>
        <translation>About Barntid</translation>
    </message>
</context>
<context>
    <name>Advanced</name>
    <message>
        <source>Avancerat</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Tekniska inställningar för simuleringen, som sällan behöver ändras</source>
        <translation>Technical settings for the simulation, which rarely need changing</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>ett nytt, osparat scenario</source>
        <translation>a new, unsaved scenario</translation>
    </message>
    <message>
        <source>Återställ osparade ändringar?</source>
        <translation>Restore unsaved changes?</translation>
    </message>
    <message>
        <source>Barntid avslutades utan att ändringarna i ”%1” (%2) sparades. De sparades automatiskt %3.

Vill du återställa dem?</source>
        <translation>Barntid closed without saving the changes to “%1” (%2). They were saved automatically at %3.

Do you want to restore them?</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Uppmätt och modellerad tidsanvändning</source>
        <translation>Measured and modelled time use</translation>
    </message>
    <message>
        <source>Fyll i er uppmätta tidsanvändning och starta kalibreringen.</source>
        <translation>Fill in your measured time use and start the calibration.</translation>
    </message>
    <message>
        <source>Uppmätt</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Modellen efter kalibrering</source>
        <translation>The model after calibration</translation>
    </message>
    <message>
        <source>Andel av arbetstiden (%)</source>
        <translation>Share of working time (%)</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Kalibrera mot uppmätt tidsanvändning</source>
        <translation>Calibrate against measured time use</translation>
    </message>
    <message>
        <source>Uppmätt andel av arbetstiden (%) – lämna tomt om ni inte mätt</source>
        <translation>Measured share of working time (%) – leave empty if you have not measured it</translation>
    </message>
    <message>
        <source>ej mätt</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Fyll i nationella tidsstudien 2017</source>
        <translation>Fill in the 2017 national time study</translation>
    </message>
    <message>
        <source>1 302 socialsekreterare i cirka 50 kommuner: direkt tid 13 %, handläggning 35 %, administration 11 %, resor 9 %, handledning 3 %, kompetensutveckling 2 %.</source>
        <translation>1,302 social workers in about 50 municipalities: direct time 13%, casework 35%, administration 11%, travel 9%, supervision 3%, professional development 2%.</translation>
    </message>
    <message>
        <source> per vecka</source>
        <translation> per week</translation>
    </message>
    <message>
        <source> p.e.</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Enheten och beräkningen</source>
        <translation>The unit and the calculation</translation>
    </message>
    <message>
        <source>Orosanmälningar</source>
        <translation>Reports of concern</translation>
    </message>
    <message>
        <source>Godta avvikelse upp till</source>
        <translation>Accept a deviation of up to</translation>
    </message>
    <message>
        <source>Högst antal varv</source>
        <translation>Maximum number of rounds</translation>
    </message>
    <message>
        <source>Replikeringar per varv</source>
        <translation>Runs per round</translation>
    </message>
    <message>
        <source>Simulerade år per körning</source>
        <translation>Simulated years per run</translation>
    </message>
    <message>
        <source>Kalibrera</source>
        <translation>Calibrate</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Uppmätt</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Modellen</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Skillnad</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Använd</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Lägger in de kalibrerade parametrarna i scenariot (kan ångras).</source>
        <translation>Puts the calibrated parameters into the scenario (can be undone).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; är inte ett tal.</source>
        <translation>%1: &apos;%2&apos; is not a number.</translation>
    </message>
    <message>
        <source>%1: ange en andel mellan 0 och 100 %.</source>
        <translation>%1: enter a share between 0 and 100%.</translation>
    </message>
    <message>
        <source>Fyll i minst en uppmätt andel.</source>
        <translation>Fill in at least one measured share.</translation>
    </message>
    <message>
        <source>Andelarna summerar till 100 % eller mer.</source>
        <translation>The shares add up to 100% or more.</translation>
    </message>
    <message>
        <source>Kalibrerar …</source>
        <translation>Calibrating …</translation>
    </message>
    <message>
        <source>%1 p.e.</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Klart efter %1 varv: största avvikelse %2 p.e.</source>
        <translation>Done after %1 rounds: largest deviation %2 pp.</translation>
    </message>
    <message>
        <source>Efter %1 varv är största avvikelse %2 p.e., mer än godtaget. Prova fler varv.</source>
        <translation>After %1 rounds the largest deviation is %2 pp, more than accepted. Try more rounds.</translation>
    </message>
    <message>
        <source>&apos;Använd&apos; ändrar %1 parametrar: %2</source>
        <translation>&apos;Apply&apos; changes %1 parameters: %2</translation>
    </message>
    <message>
        <source>Kalibreringen är inlagd i scenariot. Ångra med Ctrl+Z.</source>
        <translation>The calibration has been put into the scenario. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CaseloadChart</name>
    <message>
        <source>Öppna ärenden per socialsekreterare</source>
        <translation>Open cases per social worker</translation>
    </message>
    <message>
        <source>Öppna ärenden per socialsekreterare (st)</source>
        <translation>Open cases per social worker (count)</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Ikryssad: åtgärden är på från stegets datum; tom: den tas bort.</source>
        <translation>Ticked: the measure is on from the step&apos;s date; empty: it is turned off.</translation>
    </message>
    <message>
        <source>Tillåtet: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Ta bort ändringen ur steget</source>
        <translation>Remove the change from the step</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Kör scenariot (F5) för att se diagrammet.</source>
        <translation>Run the scenario (F5) to see the chart.</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Steg: %1</source>
        <translation>Steps: %1</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Inga konsulter</source>
        <translation>No consultants</translation>
    </message>
    <message>
        <source>Hyr in konsult efter en tid</source>
        <translation>Hire a consultant after a while</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>på</source>
        <translation>on</translation>
    </message>
    <message>
        <source>av</source>
        <translation>off</translation>
    </message>
    <message>
        <source>ändrad</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>tidslinje med %1 steg</source>
        <translation>timeline with %1 steps</translation>
    </message>
    <message>
        <source>utan tidslinje</source>
        <translation>without a timeline</translation>
    </message>
    <message>
        <source>som jämförelsen</source>
        <translation>same as baseline</translation>
    </message>
    <message>
        <source>och %1 till</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Jämförelse</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variant %1</translation>
    </message>
    <message>
        <source>Aktuell</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>p.e. = procentenheter: skillnaden mellan två andelar (från 11 % till 13 % är +2 p.e.).</source>
        <translation>pp = percentage points: the difference between two shares (from 11% to 13% is +2 pp).</translation>
    </message>
    <message>
        <source>Arbetsbalans: timmar av lagstadgat arbete och uppföljning som ligger och väntar på att bli gjorda (medel över tiden).</source>
        <translation>Backlog: hours of statutory work and follow-up waiting to be done (mean over time).</translation>
    </message>
    <message>
        <source>Andelen körningar där kontakttiden nådde målet.</source>
        <translation>The share of runs in which the contact share reached the goal.</translation>
    </message>
    <message>
        <source>Den första veckan då minst 80 % av körningarna har nått målet, räknat över de fyra senaste veckorna; veckan börjar det datum som står inom parentes.</source>
        <translation>The first week in which at least 80 % of the runs have reached the goal, counted over the last four weeks; the week begins on the date in brackets.</translation>
    </message>
    <message>
        <source>Tid i direktkontakt räknar båda socialsekreterarna vid ett parbesök, som en tidsstudie gör och som målet avser. Barnens tid räknar varje möte en gång: den tid barnen och familjerna faktiskt får. Utan parbesök är de lika.</source>
        <translation>Direct contact time counts both social workers on a pair visit, as a time study does and as the goal means. Children&apos;s time counts each meeting once: the time children and families actually get. Without pair visits they are the same.</translation>
    </message>
    <message>
        <source>Skillnad mot
jämförelsen
(95 %-intervall)</source>
        <translation>Difference from
baseline
(95% interval)</translation>
    </message>
    <message>
        <source>Antal körningar</source>
        <translation>Number of runs</translation>
    </message>
    <message>
        <source>Startvärde för slumpen: %1</source>
        <translation>Random seed: %1</translation>
    </message>
    <message>
        <source>Sannolikhet att nå målet (%1)</source>
        <translation>Probability of reaching the goal (%1)</translation>
    </message>
    <message>
        <source>Målet %1 nås (vecka, 80 % av körningarna)</source>
        <translation>Goal %1 reached (week, 80 % of runs)</translation>
    </message>
    <message>
        <source>95 %-intervallet för skillnaden innehåller inte noll.</source>
        <translation>The 95% interval of the difference excludes zero.</translation>
    </message>
</context>
<context>
    <name>ContactShareChart</name>
    <message>
        <source>Tid i direktkontakt med barn och familj</source>
        <translation>Time in direct contact with children and families</translation>
    </message>
    <message>
        <source>%1 – barnens tid (ett parbesök räknas en gång), medel %2</source>
        <translation>%1 – children&apos;s time (a pair visit counted once), mean %2</translation>
    </message>
    <message>
        <source>Andel av arbetstiden (%)</source>
        <translation>Share of working time (%)</translation>
    </message>
    <message>
        <source>Mål %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <source>målet nås</source>
        <translation>goal reached</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <source>Årskostnad per scenario</source>
        <translation>Annual cost per scenario</translation>
    </message>
    <message>
        <source>%1 mkr</source>
        <translation>SEK %1 m</translation>
    </message>
    <message>
        <source>Årskostnad (mkr)</source>
        <translation>Annual cost (SEK million)</translation>
    </message>
    <message>
        <source>Felstapel: 95 %-intervall</source>
        <translation>Error bar: 95% interval</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Räknar fram startläget …</source>
        <translation>Computing the starting state …</translation>
    </message>
    <message>
        <source>Klart: %1. Startläge: %2 förhandsbedömningar, %3 utredningar, %4 uppföljningar.</source>
        <translation>Done: %1. Starting state: %2 initial assessments, %3 investigations, %4 follow-ups.</translation>
    </message>
    <message>
        <source>Kalibrerat: %1</source>
        <translation>Calibrated: %1</translation>
    </message>
    <message>
        <source>kontakttid, vanliga veckor</source>
        <translation>contact share, ordinary weeks</translation>
    </message>
    <message>
        <source>Kontroll (%1, frö %2): uppmätt %3, modellen %4 (95 %: %5–%6).</source>
        <translation>Check (%1, seed %2): measured %3, model %4 (95%: %5–%6).</translation>
    </message>
    <message>
        <source>Tryck Slutför: scenariot öppnas i fönstret och du får välja var det sparas.</source>
        <translation>Press Finish: the scenario opens in the window and you choose where to save it.</translation>
    </message>
</context>
<context>
    <name>DeadlineChart</name>
    <message>
        <source>Handläggning inom lagens tidsgränser</source>
        <translation>Casework within the statutory time limits</translation>
    </message>
    <message>
        <source>Förhandsbedömning inom 14 dagar</source>
        <translation>Initial assessment within 14 days</translation>
    </message>
    <message>
        <source>Utredning inom 4 månader</source>
        <translation>Investigation within 4 months</translation>
    </message>
    <message>
        <source>%1 – medel %2</source>
        <translation>%1 – mean %2</translation>
    </message>
    <message>
        <source>Andel klara inom tidsgränsen (%)</source>
        <translation>Share completed within the limit (%)</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Varv %1 av högst %2: största avvikelse %3 p.e.</source>
        <translation>Round %1 of at most %2: largest deviation %3 pp</translation>
    </message>
    <message>
        <source>på</source>
        <translation>on</translation>
    </message>
    <message>
        <source>av</source>
        <translation>off</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>och %1 till</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Räknar fram dagens läge</source>
        <translation>Computing the current situation</translation>
    </message>
    <message>
        <source>Söker: %1 planer prövade</source>
        <translation>Searching: %1 plans tried</translation>
    </message>
    <message>
        <source>Kontrollerar planen som huvudfönstret kör den</source>
        <translation>Checking the plan as the main window runs it</translation>
    </message>
    <message>
        <source>Kör den plan som kom närmast</source>
        <translation>Running the plan that came closest</translation>
    </message>
    <message>
        <source>Uppskattar tiden kvar …</source>
        <translation>Estimating the time left …</translation>
    </message>
    <message>
        <source>Strax klart.</source>
        <translation>Almost done.</translation>
    </message>
    <message>
        <source>Cirka %1 s kvar.</source>
        <translation>About %1 s left.</translation>
    </message>
    <message>
        <source>Cirka %1 min kvar.</source>
        <translation>About %1 min left.</translation>
    </message>
    <message>
        <source>mkr</source>
        <translation>MSEK</translation>
    </message>
    <message>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Personalens kontakttid</source>
        <translation>Staff contact share</translation>
    </message>
    <message>
        <source>Barnens tid</source>
        <translation>Children&apos;s time</translation>
    </message>
    <message>
        <source>Sannolikhet att nå målet</source>
        <translation>Probability of reaching the goal</translation>
    </message>
    <message>
        <source>Merkostnad enligt budget</source>
        <translation>Budgeted extra cost</translation>
    </message>
    <message>
        <source>per år</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>Årskostnad i simuleringen</source>
        <translation>Annual cost in the simulation</translation>
    </message>
    <message>
        <source>95 %-intervall</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Scenariot når redan målet utan ändringar.</source>
        <translation>The scenario already reaches the goal without changes.</translation>
    </message>
    <message>
        <source>Billigaste planen som når målet %1 med minst %2 sannolikhet och håller vid kontrollen:</source>
        <translation>The cheapest plan that reaches the goal of %1 with at least %2 probability and holds up in the check:</translation>
    </message>
    <message>
        <source>Planen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ingen plan hittades inom dessa hävstänger.</source>
        <translation>No plan was found within these levers.</translation>
    </message>
    <message>
        <source>Närmast kom planen nedan: %1, %2 procentenheter under målet %3, sannolikhet %4 (minst %5 krävs). Tillåt fler hävstänger, högre värden eller sänk målet.</source>
        <translation>The plan below came closest: %1, %2 percentage points below the goal of %3, probability %4 (at least %5 needed). Allow more levers or higher values, or lower the goal.</translation>
    </message>
    <message>
        <source>Närmast</source>
        <translation>Closest</translation>
    </message>
    <message>
        <source>Kontroll: planen kördes som huvudfönstret kör den (%1 körningar, andra än sökningens) och når målet i %2 av dem; minst %3 krävs.</source>
        <translation>Check: the plan was run as the main window runs it (%1 runs, different from the search&apos;s) and reaches the goal in %2 of them; at least %3 needed.</translation>
    </message>
    <message>
        <source>Barnens tid minskar inte.</source>
        <translation>Children&apos;s time does not fall.</translation>
    </message>
    <message>
        <source>Planen håller.</source>
        <translation>The plan holds.</translation>
    </message>
    <message>
        <source>%1 billigare plan(er) klarade sökningen men inte kontrollen och valdes bort.</source>
        <translation>%1 cheaper plan(s) passed the search but not the check and were set aside.</translation>
    </message>
    <message>
        <source>Personalens kontakttid räknar båda socialsekreterarna vid ett parbesök, som tidsstudien och målet gör; barnens tid räknar varje möte en gång. Merkostnaden är budgetens (tjänster, datorer, jour, konsulter); arbetssätt som parbesök kostar inget.</source>
        <translation>Staff contact share counts both social workers on a pair visit, as the time study and the goal do; children&apos;s time counts each meeting once. The extra cost is the budget&apos;s (posts, laptops, out-of-hours service, consultants); ways of working such as pair visits cost nothing.</translation>
    </message>
    <message>
        <source>%1 av %2 punkter beräknade</source>
        <translation>%1 of %2 points computed</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Starta beräkningen för att se diagrammet.</source>
        <translation>Start the calculation to see the chart.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Väntar på körningen av utgångsläget i huvudfönstret; beräkningen börjar när den är klar …</source>
        <translation>Waiting for the main window&apos;s run of the current situation; the calculation starts when it is done …</translation>
    </message>
    <message>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ändringen kunde inte göras:
%1</source>
        <translation>The change could not be made:
%1</translation>
    </message>
</context>
<context>
    <name>DecisionMenu</name>
    <message>
        <source>Beslutsstöd</source>
        <translation>Decision support</translation>
    </message>
    <message>
        <source>&amp;Nå målet …</source>
        <translation>&amp;Reach the goal …</translation>
    </message>
    <message>
        <source>Billigaste kombinationen av åtgärder som når målet för kontakttid</source>
        <translation>The cheapest combination of measures that reaches the contact-share goal</translation>
    </message>
    <message>
        <source>&amp;Känslighet …</source>
        <translation>&amp;Sensitivity …</translation>
    </message>
    <message>
        <source>Vilka parametrar påverkar andelen tid med barnen mest?</source>
        <translation>Which parameters affect the share of time with children most?</translation>
    </message>
    <message>
        <source>&amp;Kalibrera mot uppmätt tidsanvändning …</source>
        <translation>&amp;Calibrate against measured time use …</translation>
    </message>
    <message>
        <source>Anpassa tidsåtgången så att modellen återger er tidsstudie</source>
        <translation>Adjust the time per task so that the model reproduces your time study</translation>
    </message>
    <message>
        <source>&amp;Enheten live …</source>
        <translation>The unit &amp;live …</translation>
    </message>
    <message>
        <source>Se ett simulerat år av enheten, dag för dag (för temadagar)</source>
        <translation>Watch a simulated year of the unit, day by day (for theme days)</translation>
    </message>
</context>
<context>
    <name>DiskChange</name>
    <message>
        <source>Filen har tagits bort</source>
        <translation>The file has been removed</translation>
    </message>
    <message>
        <source>Filen har tagits bort av ett annat program sedan du öppnade den. Spara den igen, spara som en ny fil, eller avbryta?</source>
        <translation>Another program has removed the file since you opened it. Save it again, save as a new file, or cancel?</translation>
    </message>
    <message>
        <source>Spara igen</source>
        <translation>Save again</translation>
    </message>
    <message>
        <source>Filen har ändrats</source>
        <translation>The file has changed</translation>
    </message>
    <message>
        <source>Filen har ändrats av ett annat program sedan du öppnade den. Skriva över den, spara som en ny fil, eller avbryta?</source>
        <translation>Another program has changed the file since you opened it. Overwrite it, save as a new file, or cancel?</translation>
    </message>
    <message>
        <source>Skriv över</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Spara som …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <source>Ditt arbete är sparat: osparade ändringar har autosparats och erbjuds tillbaka om Barntid skulle avslutas. Du kan fortsätta arbeta, men spara gärna scenariot nu.</source>
        <translation>Your work is saved: unsaved changes have been autosaved and will be offered back if Barntid should close. You can go on working, but do save the scenario now.</translation>
    </message>
    <message>
        <source>Ditt arbete kunde inte autosparas. Spara scenariot med Spara som … innan du fortsätter.</source>
        <translation>Your work could not be autosaved. Save the scenario with Save as … before you go on.</translation>
    </message>
    <message>
        <source>Inga osparade ändringar har gått förlorade.</source>
        <translation>No unsaved changes have been lost.</translation>
    </message>
    <message>
        <source>Detaljerna är sparade i felloggen:
%1</source>
        <translation>The details are saved in the error log:
%1</translation>
    </message>
    <message>
        <source>Felloggen kunde inte skrivas; kopiera rapporten i stället.</source>
        <translation>The error log could not be written; copy the report instead.</translation>
    </message>
    <message>
        <source>Barntid stötte på ett fel som inte borde hända:</source>
        <translation>Barntid ran into an error that should not happen:</translation>
    </message>
    <message>
        <source>Kopiera rapporten och skicka den till den som ansvarar för Barntid hos er, med några rader om vad du gjorde när felet inträffade.</source>
        <translation>Copy the report and send it to whoever looks after Barntid where you work, with a few lines on what you were doing when the error occurred.</translation>
    </message>
    <message>
        <source>Kopiera rapporten</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <source>Visa detaljer</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Kopierad</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Ytterligare fel sedan dess: %1 (alla finns i rapporten och loggen).</source>
        <translation>Further errors since: %1 (all are in the report and the log).</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Tillåtet: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Anges i procent; scenariofilen sparar andelen (38 % som 0.38).</source>
        <translation>Entered as a percentage; the scenario file stores the share (38% as 0.38).</translation>
    </message>
    <message>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>I scenariofilen: %1</source>
        <translation>In the scenario file: %1</translation>
    </message>
</context>
<context>
    <name>FigureEdit</name>
    <message>
        <source>krävs</source>
        <translation>required</translation>
    </message>
    <message>
        <source>valfritt</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Tillåtet: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Finns i</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Ange ett värde.</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; är inte ett tal (%2).</source>
        <translation>&apos;%1&apos; is not a number (%2).</translation>
    </message>
    <message>
        <source>Värdet är utanför det tillåtna intervallet %1.</source>
        <translation>The value is outside the allowed range %1.</translation>
    </message>
    <message>
        <source>Ange ett heltal.</source>
        <translation>Enter a whole number.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>%1: %2 är utanför det tillåtna intervallet %3. Värdet används inte; rätta det eller ångra (Ctrl+Z).</source>
        <translation>%1: %2 is outside the allowed range %3. The value is not used; correct it or undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>%1: ”%2” är inte ett heltal. Tillåtet: %3.</source>
        <translation>%1: “%2” is not a whole number. Allowed: %3.</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>Prövade planer: merkostnad och kontakttid (sökningen pågår)</source>
        <translation>Plans tried: extra cost and contact share (search in progress)</translation>
    </message>
    <message>
        <source>Prövade planer: merkostnad och kontakttid</source>
        <translation>Plans tried: extra cost and contact share</translation>
    </message>
    <message>
        <source>Planerna som prövas visas här när de är klara.</source>
        <translation>The plans being tried appear here when they are done.</translation>
    </message>
    <message>
        <source>En första blick (1 körning)</source>
        <translation>A first look (1 run)</translation>
    </message>
    <message>
        <source>Prövad, når inte målet</source>
        <translation>Tried, does not reach the goal</translation>
    </message>
    <message>
        <source>Prövad, når målet i sökningen</source>
        <translation>Tried, reaches the goal in the search</translation>
    </message>
    <message>
        <source>Mest kontakttid för kostnaden</source>
        <translation>Most contact time for the cost</translation>
    </message>
    <message>
        <source>I dag (som i huvudfönstret)</source>
        <translation>Today (as in the main window)</translation>
    </message>
    <message>
        <source>I dag %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>Barnens tid (i dag, planen)</source>
        <translation>Children&apos;s time (today, the plan)</translation>
    </message>
    <message>
        <source>Mål %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <source>Merkostnad per år enligt budget (mkr)</source>
        <translation>Budgeted extra cost per year (SEK million)</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt (%)</source>
        <translation>Contact share (%)</translation>
    </message>
    <message>
        <source>Planen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Närmast</source>
        <translation>Closest</translation>
    </message>
    <message>
        <source>Planen: +%1 mkr/år, %2</source>
        <translation>Plan: +SEK %1 m/year, %2</translation>
    </message>
    <message>
        <source>Närmast: +%1 mkr/år, %2</source>
        <translation>Closest: +SEK %1 m/year, %2</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Nå målet – billigaste vägen till målet</source>
        <translation>Reach the goal – the cheapest way there</translation>
    </message>
    <message>
        <source>Barnens tid får inte minska</source>
        <translation>Children&apos;s time must not fall</translation>
    </message>
    <message>
        <source>Barnens tid räknar varje möte en gång. Parbesök höjer personalens kontakttid men kan sänka barnens: kryssa i rutan för att bara godta planer där barnen får minst lika mycket tid som i dag.</source>
        <translation>Children&apos;s time counts each meeting once. Pair visits raise the staff&apos;s contact share but can lower the children&apos;s time: tick the box to accept only plans in which children get at least as much time as today.</translation>
    </message>
    <message>
        <source>Varje plan i sökningen prövas på så här många körningar. Planen som väljs kontrolleras sedan med scenariots egna körningar, samma som huvudfönstret visar.</source>
        <translation>Each plan in the search is tried on this many runs. The plan chosen is then checked with the scenario&apos;s own runs, the same as the main window shows.</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt minst</source>
        <translation>Contact share at least</translation>
    </message>
    <message>
        <source>Sannolikhet att nå målet minst</source>
        <translation>Probability of reaching the goal at least</translation>
    </message>
    <message>
        <source>Avancerat</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Körningar per plan i sökningen</source>
        <translation>Runs per plan in the search</translation>
    </message>
    <message>
        <source>Får ändras</source>
        <translation>May change</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Högst</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Hävstänger: vad får ändras, och hur långt?</source>
        <translation>Levers: what may change, and how far?</translation>
    </message>
    <message>
        <source>Sök plan</source>
        <translation>Find a plan</translation>
    </message>
    <message>
        <source>Ingen plan ännu. Välj hävstänger och tryck på Sök plan.</source>
        <translation>No plan yet. Choose levers and press Find a plan.</translation>
    </message>
    <message>
        <source>Använd planen</source>
        <translation>Apply the plan</translation>
    </message>
    <message>
        <source>Ändrar scenariot enligt planen (kan ångras med Ctrl+Z).</source>
        <translation>Changes the scenario according to the plan (can be undone with Ctrl+Z).</translation>
    </message>
    <message>
        <source>Välj minst en hävstång som får ändras.</source>
        <translation>Choose at least one lever that may change.</translation>
    </message>
    <message>
        <source>Söker …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <source>Söker bland %1 hävstänger …</source>
        <translation>Searching among %1 levers …</translation>
    </message>
    <message>
        <source>Använd planen: %1</source>
        <translation>Apply the plan: %1</translation>
    </message>
    <message>
        <source>Planen är inlagd i scenariot. Ångra med Ctrl+Z.</source>
        <translation>The plan has been put into the scenario. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <source>&amp;Användarhandbok</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Handboken, öppnad vid det du arbetar med (F1)</source>
        <translation>The guide, opened at what you are working on (F1)</translation>
    </message>
    <message>
        <source>&amp;Om Barntid</source>
        <translation>&amp;About Barntid</translation>
    </message>
    <message>
        <source>Version, licens, källor och var dina data sparas</source>
        <translation>Version, licence, sources and where your data is kept</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Barntid – hjälp</source>
        <translation>Barntid – help</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Körhistoriken</source>
        <translation>Run history</translation>
    </message>
    <message>
        <source>Körningen kunde inte sparas i körhistoriken: %1</source>
        <translation>The run could not be kept in the run history: %1</translation>
    </message>
    <message>
        <source>Obs: resultatet skiljer sig från det sparade (%1 mot %2); modellen har ändrats sedan dess.</source>
        <translation>Note: the result differs from the stored one (%1 against %2); the model has changed since.</translation>
    </message>
    <message>
        <source>Kan inte läsa körhistoriken</source>
        <translation>Cannot read the run history</translation>
    </message>
    <message>
        <source>Körning %1 i körhistoriken</source>
        <translation>Run %1 in the run history</translation>
    </message>
    <message>
        <source>Kan inte öppna körningen</source>
        <translation>Cannot open the run</translation>
    </message>
    <message>
        <source>Kan inte använda körningen</source>
        <translation>Cannot use the run</translation>
    </message>
    <message>
        <source>Körningen misslyckades</source>
        <translation>The run failed</translation>
    </message>
    <message>
        <source>Räknar fram körning %1 som jämförelse …</source>
        <translation>Computing run %1 as the baseline …</translation>
    </message>
    <message>
        <source>Körningen är fäst som jämförelse.</source>
        <translation>The run is pinned as the baseline.</translation>
    </message>
    <message>
        <source>Kör&amp;historik …</source>
        <translation>Run &amp;history …</translation>
    </message>
    <message>
        <source>Tidigare körningar: öppna en igen eller använd den som jämförelse</source>
        <translation>Past runs: open one again or use it as the baseline</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Körhistorik</source>
        <translation>Run history</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Varje färdig körning sparas här. Körningar av scenarier med samma namn visas med det de ändrar. En körning som öppnas räknas om med samma slump och ger samma siffror.</source>
        <translation>Every finished run is kept here. Runs of scenarios with the same name are shown with what they change. A run you open is computed again with the same random numbers and gives the same figures.</translation>
    </message>
    <message>
        <source>Visa temadagens körningar (%1)</source>
        <translation>Show the theme day&apos;s runs (%1)</translation>
    </message>
    <message>
        <source>Slutsiffrorna från temadagsläget, en för varje steg eller ändring</source>
        <translation>The final figures from theme-day mode, one for each step or change</translation>
    </message>
    <message>
        <source>Var</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Körningar</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Kontakttid</source>
        <translation>Contact share</translation>
    </message>
    <message>
        <source>Inga körningar ännu. Kör ett scenario (F5) så sparas det här.</source>
        <translation>No runs yet. Run a scenario (F5) and it is kept here.</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Öppna körningens scenario som ett nytt, osparat dokument och visa resultatet</source>
        <translation>Open the run&apos;s scenario as a new, unsaved document and show its results</translation>
    </message>
    <message>
        <source>Använd som jämförelse</source>
        <translation>Use as baseline</translation>
    </message>
    <message>
        <source>Fäst körningens resultat som jämförelse för det aktuella scenariot</source>
        <translation>Pin the run&apos;s result as the baseline for the current scenario</translation>
    </message>
    <message>
        <source>Temadag</source>
        <translation>Theme day</translation>
    </message>
    <message>
        <source>Huvudfönstret</source>
        <translation>Main window</translation>
    </message>
    <message>
        <source>Startvärde för slumpen: %1</source>
        <translation>Random seed: %1</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>En beräkningsprocess avslutades oväntat. Försök igen.</source>
        <translation>A worker process ended unexpectedly. Please try again.</translation>
    </message>
</context>
<context>
    <name>JobControls</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Räknar …</source>
        <translation>Computing …</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Beräkningen avbröts.</source>
        <translation>The calculation was cancelled.</translation>
    </message>
    <message>
        <source>Beräkningen misslyckades: %1</source>
        <translation>The calculation failed: %1</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Inget resultat ännu</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <source>95 %-intervall: %1</source>
        <translation>95% interval: %1</translation>
    </message>
    <message>
        <source>95 %-intervall:
%1</source>
        <translation>95% interval:
%1</translation>
    </message>
    <message>
        <source>Mot jämförelsen: %1</source>
        <translation>Versus baseline: %1</translation>
    </message>
    <message>
        <source>Barnens tid (ett parbesök räknas en gång): %1</source>
        <translation>Children&apos;s time (a pair visit counted once): %1</translation>
    </message>
    <message>
        <source>Målet %1 nås inte under körningen</source>
        <translation>Goal %1 not reached during the run</translation>
    </message>
    <message>
        <source>Målet %1 nås: %2</source>
        <translation>Goal %1 reached: %2</translation>
    </message>
    <message>
        <source>(inget intervall: det behövs minst två körningar)</source>
        <translation>(no interval: at least two runs are needed)</translation>
    </message>
    <message>
        <source>Mål %1: sannolikhet %2</source>
        <translation>Goal %1: probability %2</translation>
    </message>
    <message>
        <source>Mål %1 · sannolikhet att nå målet (körningens medel): %2</source>
        <translation>Goal %1 · probability of reaching it (run mean): %2</translation>
    </message>
    <message>
        <source>Mål %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <source>Sannolikheten att nå målet är andelen körningar vars medel över hela resultatperioden når målet. Målet räknas som nått den första veckan då minst 80 % av körningarna har nått det, räknat över de fyra senaste veckorna; datumet är veckans måndag. En plan som når målet sent kan alltså ha ett datum men en låg sannolikhet.</source>
        <translation>The probability of reaching the goal is the share of runs whose mean over the whole results period reaches it. The goal counts as reached in the first week in which at least 80 % of the runs have reached it, counted over the last four weeks; the date is that week&apos;s Monday. A plan that reaches the goal late can therefore have a date but a low probability.</translation>
    </message>
    <message>
        <source>Andelen tid i direktkontakt räknar båda socialsekreterarna vid ett parbesök, som en tidsstudie gör och som målet avser. Barnens tid räknar varje möte en gång: den tid barnen och familjerna faktiskt får.</source>
        <translation>The contact share counts both social workers on a pair visit, as a time study does and as the goal means. Children&apos;s time counts each meeting once: the time children and families actually get.</translation>
    </message>
    <message>
        <source>p.e. = procentenheter: skillnaden mellan två andelar (från 11 % till 13 % är +2 p.e.). Inom hakparentes: 95 %-intervallet.</source>
        <translation>pp = percentage points: the difference between two shares (from 11% to 13% is +2 pp). In square brackets: the 95% interval.</translation>
    </message>
    <message>
        <source>Preliminärt</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <source>Räknar …</source>
        <translation>Computing …</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Kör scenariot (F5) för att se nyckeltalen.</source>
        <translation>Run the scenario (F5) to see the key figures.</translation>
    </message>
    <message>
        <source>%1: medelvärden av %2 körningar à %3 år</source>
        <translation>%1: means of %2 runs of %3 years</translation>
    </message>
    <message>
        <source>fler körningar pågår …</source>
        <translation>more runs in progress …</translation>
    </message>
    <message>
        <source>Varje körning simulerar enheten med annan slump; startvärde för slumpen: %1</source>
        <translation>Each run simulates the unit with different random numbers; random seed: %1</translation>
    </message>
</context>
<context>
    <name>LineBandChart</name>
    <message>
        <source>%1 – medel %2</source>
        <translation>%1 – mean %2</translation>
    </message>
    <message>
        <source>%1 (preliminärt)</source>
        <translation>%1 (preliminary)</translation>
    </message>
    <message>
        <source>linje: glidande medel över 4 veckor</source>
        <translation>line: 4-week moving average</translation>
    </message>
    <message>
        <source>Spridning: 95 % av körningarna</source>
        <translation>Spread: 95% of the runs</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Enheten live</source>
        <translation>The unit live</translation>
    </message>
    <message>
        <source>Börja om</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Hoppa i året</source>
        <translation>Jump within the year</translation>
    </message>
    <message>
        <source>Helskärm (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Kör om från scenariot</source>
        <translation>Rerun from the scenario</translation>
    </message>
    <message>
        <source>Hastighet:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Året:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Simulerar %1 år av enheten …</source>
        <translation>Simulating %1 years of the unit …</translation>
    </message>
    <message>
        <source>Scenariot har ändrats. Tryck på &apos;Kör om från scenariot&apos; för att se det nya.</source>
        <translation>The scenario has changed. Press &apos;Rerun from the scenario&apos; to see the new one.</translation>
    </message>
    <message>
        <source>%1 – ett simulerat år, %2 tjänster</source>
        <translation>%1 – a simulated year, %2 posts</translation>
    </message>
    <message>
        <source>Andel tid med barn och familj hela året i den här körningen: %1</source>
        <translation>Share of time with children and families over the whole year in this run: %1</translation>
    </message>
    <message>
        <source>dag per sekund</source>
        <translation>day per second</translation>
    </message>
    <message>
        <source>dagar per sekund</source>
        <translation>days per second</translation>
    </message>
    <message>
        <source>Paus</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Spela</source>
        <translation>Play</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontakttid och tidsanvändning</source>
        <translation>Contact time and time use</translation>
    </message>
    <message>
        <source>Bemanning och ärenden</source>
        <translation>Staffing and cases</translation>
    </message>
    <message>
        <source>Tidsgränser och kostnad</source>
        <translation>Time limits and cost</translation>
    </message>
    <message>
        <source>Jämförelse (tabell)</source>
        <translation>Comparison (table)</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kunde inte autospara: %1</source>
        <translation>Could not autosave: %1</translation>
    </message>
    <message>
        <source>ej sparad</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Scenariot har ändrats. Vill du spara ändringarna?</source>
        <translation>The scenario has changed. Do you want to save the changes?</translation>
    </message>
    <message>
        <source>Behålla jämförelsen?</source>
        <translation>Keep the baseline?</translation>
    </message>
    <message>
        <source>Ett resultat är fäst som jämförelse. Vill du behålla det, så att nästa körning jämförs med det?</source>
        <translation>A result is pinned as the baseline. Do you want to keep it, so that the next run is compared with it?</translation>
    </message>
    <message>
        <source>Öppna scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>Kan inte öppna scenariot</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <source>Öppnade %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Filens teckenkodning</source>
        <translation>The file&apos;s character encoding</translation>
    </message>
    <message>
        <source>Spara scenario som</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Sparade %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Kördes inte: ett fält har ett ogiltigt värde.</source>
        <translation>Not run: a field has an invalid value.</translation>
    </message>
    <message>
        <source>Rätta de markerade fälten först (eller ångra med Ctrl+Z); annars skulle körningen använda de gamla värdena.

%1</source>
        <translation>Correct the marked fields first (or undo with Ctrl+Z); otherwise the run would use the old values.

%1</translation>
    </message>
    <message>
        <source>Klart: %1 körningar</source>
        <translation>Done: %1 runs</translation>
    </message>
    <message>
        <source>Körningen avbröts efter %1 körningar.</source>
        <translation>The simulation was cancelled after %1 runs.</translation>
    </message>
    <message>
        <source>Sparades inte: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Fäst ett resultat som jämförelse (Ctrl+B), ändra scenariot och kör igen. Båda körs med samma slump, så skillnaden beror på ändringen; 95 %-intervallet visar hur säker den är, och fetstil betyder att intervallet inte innehåller noll. p.e. = procentenheter.</source>
        <translation>Pin a result as the baseline (Ctrl+B), change the scenario and run again. Both are run with the same random numbers, so the difference is due to the change; the 95% interval shows how certain it is, and bold means that the interval excludes zero. pp = percentage points.</translation>
    </message>
    <message>
        <source>%v av %m körningar</source>
        <translation>%v of %m runs</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Töm listan</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Kan inte återställa</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Osparade ändringar återställda.</source>
        <translation>Unsaved changes restored.</translation>
    </message>
    <message>
        <source>Värdet användes inte: %1</source>
        <translation>The value was not used: %1</translation>
    </message>
    <message>
        <source>Scenariot har ändrats sedan körningen – kör igen (F5) för nya resultat.</source>
        <translation>The scenario has changed since the run – run again (F5) for new results.</translation>
    </message>
    <message>
        <source>Kan inte köra scenariot</source>
        <translation>Cannot run the scenario</translation>
    </message>
    <message>
        <source>Kör %1 …</source>
        <translation>Running %1 …</translation>
    </message>
    <message>
        <source>Körningen misslyckades.</source>
        <translation>The run failed.</translation>
    </message>
    <message>
        <source>Körningen misslyckades</source>
        <translation>The run failed</translation>
    </message>
    <message>
        <source>Snabb uppskattning: %1 av %2 körningar à %3 år …</source>
        <translation>Quick estimate: %1 of %2 runs of %3 years …</translation>
    </message>
    <message>
        <source>Förfinar: %1 av %2 körningar …</source>
        <translation>Refining: %1 of %2 runs …</translation>
    </message>
    <message>
        <source>Klart: %1 körningar.</source>
        <translation>Done: %1 runs.</translation>
    </message>
    <message>
        <source>Kör scenariot först – det finns inget resultat att fästa.</source>
        <translation>Run the scenario first – there is no result to pin.</translation>
    </message>
    <message>
        <source>Resultatet är fäst som jämförelse. Ändra scenariot och kör igen.</source>
        <translation>The result is pinned as the baseline. Change the scenario and run again.</translation>
    </message>
    <message>
        <source>Exportera diagram</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Kan inte exportera</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Det finns inga resultat att exportera ännu.</source>
        <translation>There are no results to export yet.</translation>
    </message>
    <message>
        <source>Exportera resultat</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket ändras nästa gång Barntid startas.</source>
        <translation>The language changes the next time Barntid starts.</translation>
    </message>
</context>
<context>
    <name>MeasurementPage</name>
    <message>
        <source>Tidsanvändningstabell</source>
        <translation>Time-use table</translation>
    </message>
    <message>
        <source>Tabell (*.csv *.xlsx)</source>
        <translation>Table (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Välj en fil.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>Tidsanvändningstabell: %1</source>
        <translation>Time-use table: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Nytt scenario med standardvärden</source>
        <translation>New scenario with default values</translation>
    </message>
    <message>
        <source>&amp;Öppna …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>Öppna en scenariofil (TOML)</source>
        <translation>Open a scenario file (TOML)</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Spara scenariot (kommentarer i filen behålls)</source>
        <translation>Save the scenario (comments in the file are kept)</translation>
    </message>
    <message>
        <source>Spara &amp;som …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Kör</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Kör scenariot (F5)</source>
        <translation>Run the scenario (F5)</translation>
    </message>
    <message>
        <source>&amp;Avbryt körningen</source>
        <translation>&amp;Cancel the run</translation>
    </message>
    <message>
        <source>Avbryt den pågående körningen</source>
        <translation>Cancel the running simulation</translation>
    </message>
    <message>
        <source>&amp;Fäst som jämförelse</source>
        <translation>&amp;Pin as baseline</translation>
    </message>
    <message>
        <source>Fäst det aktuella resultatet som jämförelse (basscenario)</source>
        <translation>Pin the current result as the baseline</translation>
    </message>
    <message>
        <source>&amp;Lägg till i jämförelsen</source>
        <translation>&amp;Add to comparison</translation>
    </message>
    <message>
        <source>Behåll det aktuella resultatet som en variant i jämförelsen</source>
        <translation>Keep the current result as a variant in the comparison</translation>
    </message>
    <message>
        <source>&amp;Rensa jämförelsen</source>
        <translation>C&amp;lear comparison</translation>
    </message>
    <message>
        <source>&amp;Temadagsläge</source>
        <translation>&amp;Theme-day mode</translation>
    </message>
    <message>
        <source>Helskärm med stor text, kontakttidsdiagrammet och några reglage</source>
        <translation>Full screen with large text, the contact-time chart and a few controls</translation>
    </message>
    <message>
        <source>Exportera &amp;resultat (CSV, Excel) …</source>
        <translation>Export &amp;results (CSV, Excel) …</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Senaste &amp;filer</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <source>Exportera &amp;diagram (PNG, SVG, PDF)</source>
        <translation>Export &amp;chart (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Simulering</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Nytt datum</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Flytta</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Steget flyttades inte:</source>
        <translation>The step was not moved:</translation>
    </message>
</context>
<context>
    <name>NewUnitCommands</name>
    <message>
        <source>Ny &amp;enhet …</source>
        <translation>New &amp;unit …</translation>
    </message>
    <message>
        <source>Skapa ett scenario för er egen enhet från några nyckeltal</source>
        <translation>Create a scenario for your own unit from a few key figures</translation>
    </message>
    <message>
        <source>Den nya enheten är inte sparad än (Arkiv → Spara som …)</source>
        <translation>The new unit is not saved yet (File → Save as …)</translation>
    </message>
    <message>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Sparade %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Spara den nya enheten</source>
        <translation>Save the new unit</translation>
    </message>
</context>
<context>
    <name>NewUnitWizard</name>
    <message>
        <source>Kommunen och inflödet</source>
        <translation>The municipality and the inflow</translation>
    </message>
    <message>
        <source>Börja med kommunens namn och hur många orosanmälningar enheten får. Vet ni inte antalet anmälningar räcker antalet barn.</source>
        <translation>Start with the municipality&apos;s name and how many reports of concern the unit receives. If you do not know the number of reports, the number of children will do.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kommun eller enhet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Municipality or unit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>t.ex. Ekby kommun, barn och unga</source>
        <translation>e.g. Ekby kommun, children and young people</translation>
    </message>
    <message>
        <source>Vi vet antalet barn 0–17 år</source>
        <translation>We know the number of children aged 0–17</translation>
    </message>
    <message>
        <source>Vi vet antalet orosanmälningar per år</source>
        <translation>We know the number of reports of concern per year</translation>
    </message>
    <message>
        <source>Åtgärder som används i dag</source>
        <translation>Measures in use today</translation>
    </message>
    <message>
        <source>Kryssa i det som enheten redan gör. Det går att pröva fler åtgärder sedan, i huvudfönstret.</source>
        <translation>Tick what the unit already does. You can try more measures later, in the main window.</translation>
    </message>
    <message>
        <source>Alla handläggare har bärbar dator och dokumenterar på plats.</source>
        <translation>All caseworkers have a laptop and document on site.</translation>
    </message>
    <message>
        <source>Två socialsekreterare går tillsammans på utredningens samtal.</source>
        <translation>Two social workers attend the investigation&apos;s meetings together.</translation>
    </message>
    <message>
        <source>En del möten med barnen hålls i skolan.</source>
        <translation>Some meetings with the children are held at school.</translation>
    </message>
    <message>
        <source>Checklistor för utredningens steg.</source>
        <translation>Checklists for the steps of an investigation.</translation>
    </message>
    <message>
        <source>En socialjour tar skyddsbedömningar kvällar och helger.</source>
        <translation>An out-of-hours service handles protection assessments in the evenings and at weekends.</translation>
    </message>
    <message>
        <source>Er egen mätning (valfritt)</source>
        <translation>Your own measurement (optional)</translation>
    </message>
    <message>
        <source>Har ni mätt hur arbetstiden används? Då anpassas modellen så att den återger er mätning, och en kontrollkörning med ett annat slumpfrö visar hur nära den kommer.</source>
        <translation>Have you measured how working time is used? Then the model is adjusted to reproduce your measurement, and a check run with a different random seed shows how close it comes.</translation>
    </message>
    <message>
        <source>Ingen mätning: använd standardvärdena</source>
        <translation>No measurement: use the default values</translation>
    </message>
    <message>
        <source>Vi har mätt andelen tid i direktkontakt</source>
        <translation>We have measured the share of direct contact time</translation>
    </message>
    <message>
        <source>Vi har en tidsanvändningstabell (CSV eller Excel)</source>
        <translation>We have a time-use table (CSV or Excel)</translation>
    </message>
    <message>
        <source>sökväg till .csv eller .xlsx</source>
        <translation>path to .csv or .xlsx</translation>
    </message>
    <message>
        <source>Bläddra …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>Kategori i första kolumnen, andel i procent i den andra, med den nationella tidsstudiens kategorier. Mall: %1</source>
        <translation>Category in the first column, share as a percentage in the second, using the national time study&apos;s categories. Template: %1</translation>
    </message>
    <message>
        <source>Anpassa antalet tjänster i stället för tiden för indirekt arbete</source>
        <translation>Adjust the number of posts instead of the time for indirect work</translation>
    </message>
    <message>
        <source>Standard: tjänsterna är de ni angett, och tiden för dokumentation, administration, resor och samverkan anpassas.</source>
        <translation>Default: the posts are those you entered, and the time for documentation, administration, travel and collaboration is adjusted.</translation>
    </message>
    <message>
        <source>Skapa enheten</source>
        <translation>Create the unit</translation>
    </message>
    <message>
        <source>Startläget räknas fram som jämvikt för ert inflöde och er bemanning, och modellen anpassas till er mätning om ni angett en. Det tar en stund.</source>
        <translation>The starting state is computed as the equilibrium for your inflow and staffing, and the model is adjusted to your measurement if you entered one. This takes a while.</translation>
    </message>
    <message>
        <source>Skapa scenariot</source>
        <translation>Create the scenario</translation>
    </message>
    <message>
        <source>Ny enhet från nyckeltal</source>
        <translation>New unit from key figures</translation>
    </message>
    <message>
        <source>Ärenden i dag</source>
        <translation>Cases today</translation>
    </message>
    <message>
        <source>Lämna tomt det ni inte vet: då räknas startläget fram som jämvikt för ert inflöde och er bemanning.</source>
        <translation>Leave empty what you do not know: the starting state is then computed as the equilibrium for your inflow and staffing.</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Tjänster i heltidstjänster. Personalomsättningen anges i procent av socialsekreterarna.</source>
        <translation>Posts are counted as full-time posts. Staff turnover is given as a percentage of the social workers.</translation>
    </message>
    <message>
        <source>Nästa &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Tillbaka</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Slutför</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kommun eller enhet: %1</source>
        <translation>Municipality or unit: %1</translation>
    </message>
    <message>
        <source>%1 orosanmälningar per år</source>
        <translation>%1 reports of concern per year</translation>
    </message>
    <message>
        <source>%1 % till utredning</source>
        <translation>%1% to investigation</translation>
    </message>
    <message>
        <source>%1 socialsekreterartjänster</source>
        <translation>%1 social worker posts</translation>
    </message>
    <message>
        <source>uppmätt kontakttid %1</source>
        <translation>measured contact share %1</translation>
    </message>
    <message>
        <source>tidsanvändningstabell med %1 kategorier</source>
        <translation>time-use table with %1 categories</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Rapporten till nämnden skrivs …</source>
        <translation>The committee report is being written …</translation>
    </message>
    <message>
        <source>Rapport till nämnden</source>
        <translation>Report to the committee</translation>
    </message>
    <message>
        <source>Rapporten jämför ett utgångsläge med ett förslag. Kör utgångsläget och fäst det som jämförelse (Ctrl+B), ändra sedan scenariot till förslaget och välj Rapport till nämnden igen.</source>
        <translation>The report compares a starting point with a proposal. Run the starting point and pin it as the baseline (Ctrl+B), then change the scenario into the proposal and choose Report to the committee again.</translation>
    </message>
    <message>
        <source>En rapport skrivs redan.</source>
        <translation>A report is already being written.</translation>
    </message>
    <message>
        <source>Spara rapport till nämnden</source>
        <translation>Save the committee report</translation>
    </message>
    <message>
        <source>Skriver rapporten till nämnden (båda alternativen körs) …</source>
        <translation>Writing the committee report (both alternatives are run) …</translation>
    </message>
    <message>
        <source>Rapporten är sparad: %1</source>
        <translation>The report is saved: %1</translation>
    </message>
    <message>
        <source>Rapporten är sparad:
%1</source>
        <translation>The report is saved:
%1</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skrivas.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skrivas</source>
        <translation>The report could not be written</translation>
    </message>
    <message>
        <source>Rapport till &amp;nämnden …</source>
        <translation>Re&amp;port to the committee …</translation>
    </message>
    <message>
        <source>PDF till socialnämnden: jämförelsen mot det aktuella scenariot</source>
        <translation>PDF for the social welfare committee: the baseline against the current scenario</translation>
    </message>
</context>
<context>
    <name>ReportDetailsDialog</name>
    <message>
        <source>Rapport till nämnden</source>
        <translation>Report to the committee</translation>
    </message>
    <message>
        <source>t.ex. Sjöbo kommun</source>
        <translation>e.g. Sjöbo kommun</translation>
    </message>
    <message>
        <source>namn och titel, t.ex. Anna Lindqvist, socialchef</source>
        <translation>name and title, e.g. Anna Lindqvist, head of social services</translation>
    </message>
    <message>
        <source>Socialnämnden beslutar

att …

(Lämnas fältet tomt får rapporten en rad att fylla i.)</source>
        <translation>The committee decides

to …

(Left empty, the report gets a line to fill in.)</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Handläggare:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>Förslag till beslut:</source>
        <translation>Proposed decision:</translation>
    </message>
    <message>
        <source>Uppgifterna står på rapportens första sida och i sidfoten. Datum blir dagens.</source>
        <translation>These details appear on the report&apos;s first page and in its footer. The date is today&apos;s.</translation>
    </message>
    <message>
        <source>Välj fil …</source>
        <translation>Choose file …</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Rapportprocessen avslutades oväntat (kod %1).</source>
        <translation>The report process ended unexpectedly (code %1).</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>Återställ autosparade ändringar</source>
        <translation>Restore autosaved changes</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Efterfrågan</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Tidsåtgång</source>
        <translation>Time per task</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Personalomsättning</source>
        <translation>Staff turnover</translation>
    </message>
    <message>
        <source>Semester och kalender</source>
        <translation>Leave and calendar</translation>
    </message>
    <message>
        <source>Kostnader</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Åtgärdernas effekter</source>
        <translation>Effects of measures</translation>
    </message>
    <message>
        <source>Startläge</source>
        <translation>Starting state</translation>
    </message>
    <message>
        <source>Scenario och simulering</source>
        <translation>Scenario and simulation</translation>
    </message>
</context>
<context>
    <name>StaffChart</name>
    <message>
        <source>Bemanning över tid</source>
        <translation>Staffing over time</translation>
    </message>
    <message>
        <source>Erfarna</source>
        <translation>Experienced</translation>
    </message>
    <message>
        <source>Nyanställda (under 12 månader)</source>
        <translation>Newcomers (under 12 months)</translation>
    </message>
    <message>
        <source>Konsulter</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Vakanta tjänster</source>
        <translation>Vacant posts</translation>
    </message>
    <message>
        <source>%1: i tjänst totalt</source>
        <translation>%1: total in post</translation>
    </message>
    <message>
        <source>Antal personer eller tjänster (st)</source>
        <translation>People or posts (count)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Dagen då ändringarna börjar gälla. Nya tjänster tillsätts efter rekryteringstiden; ett nytt arbetssätt har en inlärningstid.</source>
        <translation>The day the changes take effect. New posts are filled after the recruitment time; a new way of working has a learning period.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>t.ex. Bärbara datorer</source>
        <translation>e.g. Laptops</translation>
    </message>
    <message>
        <source>Vad steget är, högst 80 tecken; visas vid strecket i diagrammen.</source>
        <translation>What the step is, at most 80 characters; shown at the line in the charts.</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ändringar från det datumet</source>
        <translation>Changes from that date</translation>
    </message>
    <message>
        <source>Inga ändringar ännu: välj vad steget ändrar nedan.</source>
        <translation>No changes yet: choose what the step changes below.</translation>
    </message>
    <message>
        <source>Steget ändrar också:</source>
        <translation>The step also changes:</translation>
    </message>
    <message>
        <source>Åtgärderna och de tre slagen av tjänster kan ändras i ett steg</source>
        <translation>The measures and the three kinds of posts can be changed in a step</translation>
    </message>
    <message>
        <source>Lägg till ändring</source>
        <translation>Add change</translation>
    </message>
    <message>
        <source>Spara steget</source>
        <translation>Save step</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Steget sparades inte:</source>
        <translation>The step was not saved:</translation>
    </message>
</context>
<context>
    <name>StorylineCommands</name>
    <message>
        <source>Öppna berättelse</source>
        <translation>Open storyline</translation>
    </message>
    <message>
        <source>Kan inte öppna berättelsen</source>
        <translation>Cannot open the storyline</translation>
    </message>
    <message>
        <source>Berättelse: %1</source>
        <translation>Storyline: %1</translation>
    </message>
    <message>
        <source>Öppna &amp;berättelse …</source>
        <translation>Open &amp;storyline …</translation>
    </message>
    <message>
        <source>Temadag: gå igenom ett förberett förlopp steg för steg</source>
        <translation>Theme day: walk through a prepared storyline step by step</translation>
    </message>
    <message>
        <source>Nästa steg i berättelsen</source>
        <translation>Next step of the storyline</translation>
    </message>
    <message>
        <source>Föregående steg i berättelsen</source>
        <translation>Previous step of the storyline</translation>
    </message>
    <message>
        <source>Kan inte visa berättelsen som en körning</source>
        <translation>Cannot show the storyline as one run</translation>
    </message>
    <message>
        <source>Berättelsen som en körning</source>
        <translation>The storyline as one run</translation>
    </message>
    <message>
        <source>Alla steg i berättelsen är beräknade.</source>
        <translation>All steps of the storyline are computed.</translation>
    </message>
    <message>
        <source>Hela berättelsen</source>
        <translation>The whole storyline</translation>
    </message>
    <message>
        <source>Steg %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>+ egen ändring</source>
        <translation>+ own change</translation>
    </message>
</context>
<context>
    <name>StorylinePanel</name>
    <message>
        <source>Föregående steg (vänsterpil, Page Up)</source>
        <translation>Previous step (left arrow, Page Up)</translation>
    </message>
    <message>
        <source>Nästa steg (högerpil, Page Down)</source>
        <translation>Next step (right arrow, Page Down)</translation>
    </message>
    <message>
        <source>Steg %1 av %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>+ egen ändring</source>
        <translation>+ own change</translation>
    </message>
    <message>
        <source>En körning: %1 steg, ett var %2:e månad</source>
        <translation>One run: %1 steps, one every %2 months</translation>
    </message>
    <message>
        <source>Stegen kommer ett i taget; strecken i diagrammet visar när. Nya tjänster tar rekryteringstid, nya arbetssätt inlärningstid.</source>
        <translation>The steps come one at a time; the lines in the chart show when. New posts take recruitment time, new ways of working a learning period.</translation>
    </message>
    <message>
        <source>Mål %1 · nås %2</source>
        <translation>Goal %1 · reached %2</translation>
    </message>
    <message>
        <source>Mål %1 · nås inte under körningen</source>
        <translation>Goal %1 · not reached during the run</translation>
    </message>
    <message>
        <source>Preliminärt · mål %1</source>
        <translation>Preliminary · goal %1</translation>
    </message>
    <message>
        <source>Från steg %2 · mål %1</source>
        <translation>From step %2 · goal %1</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt: räknar …</source>
        <translation>Contact share: computing …</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt · mål %1</source>
        <translation>Contact share · goal %1</translation>
    </message>
</context>
<context>
    <name>StorylinePlayer</name>
    <message>
        <source>(utom %1)</source>
        <translation>(except %1)</translation>
    </message>
    <message>
        <source>(steget: %1)</source>
        <translation>(the step: %1)</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Ta bort markerad rad</source>
        <translation>Remove selected row</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>tal åtskilda med semikolon, t.ex. 1; 1,05; 0,9</source>
        <translation>numbers separated by semicolons, e.g. 1; 1.05; 0.9</translation>
    </message>
</context>
<context>
    <name>ThemeDayView</name>
    <message>
        <source>Mer tid för barnen?</source>
        <translation>More time for the children?</translation>
    </message>
    <message>
        <source>Ändra bemanning och arbetssätt – diagrammet räknas om direkt.</source>
        <translation>Change staffing and ways of working – the chart updates at once.</translation>
    </message>
    <message>
        <source>Öppna berättelse …</source>
        <translation>Open storyline …</translation>
    </message>
    <message>
        <source>Gå igenom ett förberett förlopp steg för steg med piltangenterna</source>
        <translation>Walk through a prepared storyline step by step with the arrow keys</translation>
    </message>
    <message>
        <source>Visa som en körning</source>
        <translation>Show as one run</translation>
    </message>
    <message>
        <source>Hela berättelsen i en körning: stegen kommer ett i taget under körningen, med ett streck i diagrammet vid varje steg</source>
        <translation>The whole storyline in one run: the steps come one at a time during the run, with a line in the chart at each step</translation>
    </message>
    <message>
        <source>Fäst som jämförelse</source>
        <translation>Pin as baseline</translation>
    </message>
    <message>
        <source>Visa det här resultatet i grått när du provar andra val</source>
        <translation>Show this result in grey while you try other choices</translation>
    </message>
    <message>
        <source>Avsluta temadag (Esc)</source>
        <translation>Leave theme day (Esc)</translation>
    </message>
    <message>
        <source>Tillbaka till huvudfönstret (Esc eller F11)</source>
        <translation>Back to the main window (Esc or F11)</translation>
    </message>
    <message>
        <source>Visa steg för steg</source>
        <translation>Show step by step</translation>
    </message>
</context>
<context>
    <name>TimeUseChart</name>
    <message>
        <source>Tidsanvändning per kategori</source>
        <translation>Time use by category</translation>
    </message>
    <message>
        <source>Andel av arbetstiden (%)</source>
        <translation>Share of working time (%)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Tidslinjen, steg %1 (%2)</source>
        <translation>Timeline, step %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 är utanför det tillåtna intervallet %3</source>
        <translation>%1 %2 is outside the allowed range %3</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <source>&amp;Tidslinje (en plan i steg)</source>
        <translation>&amp;Timeline (a plan in steps)</translation>
    </message>
    <message>
        <source>Visa planens steg: åtgärder och tjänster som ändras vid ett datum under körningen</source>
        <translation>Show the plan&apos;s steps: measures and posts that change on a date during the run</translation>
    </message>
    <message>
        <source>Lägg till steg i &amp;tidslinjen …</source>
        <translation>Add a step to the &amp;timeline …</translation>
    </message>
    <message>
        <source>Tidslinje: lägg till %1</source>
        <translation>Timeline: add %1</translation>
    </message>
    <message>
        <source>Steget finns inte längre.</source>
        <translation>The step no longer exists.</translation>
    </message>
    <message>
        <source>Tidslinje: ändra %1</source>
        <translation>Timeline: change %1</translation>
    </message>
    <message>
        <source>Tidslinje: flytta %1 till %2</source>
        <translation>Timeline: move %1 to %2</translation>
    </message>
    <message>
        <source>Tidslinje: ta bort %1</source>
        <translation>Timeline: remove %1</translation>
    </message>
    <message>
        <source>Tidslinjen ändrades inte: %1</source>
        <translation>The timeline was not changed: %1</translation>
    </message>
    <message>
        <source>Tidslinjen ändrades inte</source>
        <translation>The timeline was not changed</translation>
    </message>
    <message>
        <source>Körningen börjar %1 och resultaten gäller %2 – %3. Värdena anges som de ska vara från stegets datum; andelar i procent.</source>
        <translation>The run starts %1 and the results cover %2 – %3. Values are given as they should be from the step&apos;s date; shares in percent.</translation>
    </message>
    <message>
        <source>Nytt steg i tidslinjen</source>
        <translation>New step in the timeline</translation>
    </message>
    <message>
        <source>Ändra steg %1 i tidslinjen</source>
        <translation>Change step %1 of the timeline</translation>
    </message>
    <message>
        <source>Från vilket datum ska steget ”%1” gälla? Stegen ordnas efter datum.</source>
        <translation>From which date should the step “%1” apply? Steps are ordered by date.</translation>
    </message>
    <message>
        <source>Flytta steg</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Tidslinje: en plan i steg</source>
        <translation>Timeline: a plan in steps</translation>
    </message>
    <message>
        <source>Varje steg ändrar åtgärder eller tjänster från sitt datum, t.ex. bärbara datorer från september och en assistent från januari. Nya tjänster tillsätts efter rekryteringstiden och nya arbetssätt har en inlärningstid. Diagrammen visar ett streck vid varje steg och nyckeltalen när målet nås.</source>
        <translation>Each step changes measures or posts from its date, e.g. laptops from September and an assistant from January. New posts are filled after the recruitment time and new ways of working have a learning period. The charts show a line at each step, and the key figures when the goal is reached.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ändringar</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Inga steg ännu. Hela körningen har scenariots inställningar; lägg till ett steg för att ändra något under körningen.</source>
        <translation>No steps yet. The whole run has the scenario&apos;s settings; add a step to change something during the run.</translation>
    </message>
    <message>
        <source>Lägg till steg …</source>
        <translation>Add step …</translation>
    </message>
    <message>
        <source>Ändra …</source>
        <translation>Change …</translation>
    </message>
    <message>
        <source>Flytta …</source>
        <translation>Move …</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ett nytt steg med datum, rubrik och ändringar</source>
        <translation>A new step with a date, a title and changes</translation>
    </message>
    <message>
        <source>Ändra det markerade stegets datum, rubrik eller ändringar</source>
        <translation>Change the selected step&apos;s date, title or changes</translation>
    </message>
    <message>
        <source>Ge det markerade steget ett annat datum</source>
        <translation>Give the selected step another date</translation>
    </message>
    <message>
        <source>Ta bort det markerade steget (ångra med Ctrl+Z)</source>
        <translation>Remove the selected step (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Varje ändring kan ångras (Ctrl+Z) och göras om (Ctrl+Shift+Z). Tidslinjen sparas med scenariot.</source>
        <translation>Every change can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z). The timeline is saved with the scenario.</translation>
    </message>
    <message>
        <source>Körningen börjar %1; resultaten och diagrammen gäller %2 – %3 (efter inkörningen). Ett steg på eller före startdatumet gäller redan från start.</source>
        <translation>The run starts %1; the results and charts cover %2 – %3 (after the warm-up). A step on or before the start date applies from the start.</translation>
    </message>
    <message>
        <source>gäller från start</source>
        <translation>applies from the start</translation>
    </message>
    <message>
        <source>efter körningens slut</source>
        <translation>after the end of the run</translation>
    </message>
    <message>
        <source>under inkörningen</source>
        <translation>during the warm-up</translation>
    </message>
    <message>
        <source>(inga ändringar)</source>
        <translation>(no changes)</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Visa hela diagrammet igen</source>
        <translation>Show the whole chart again</translation>
    </message>
    <message>
        <source>Tillbaka till föregående vy</source>
        <translation>Back to the previous view</translation>
    </message>
    <message>
        <source>Framåt till nästa vy</source>
        <translation>Forward to the next view</translation>
    </message>
    <message>
        <source>Flytta diagrammet: dra med vänster musknapp (höger knapp zoomar)</source>
        <translation>Move the chart: drag with the left mouse button (the right button zooms)</translation>
    </message>
    <message>
        <source>Förstora: dra en rektangel runt det du vill se</source>
        <translation>Zoom in: drag a rectangle around what you want to see</translation>
    </message>
    <message>
        <source>Spara diagrammet som bild (PNG, SVG eller PDF)</source>
        <translation>Save the chart as an image (PNG, SVG or PDF)</translation>
    </message>
    <message>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG-bild (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Spara diagrammet</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Kan inte spara diagrammet</source>
        <translation>Cannot save the chart</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Känslighet: vad påverkar andelen tid i direktkontakt mest?</source>
        <translation>Sensitivity: what affects the contact share most?</translation>
    </message>
    <message>
        <source>Känslighet: varje parameter ±%1, en i taget</source>
        <translation>Sensitivity: each parameter ±%1, one at a time</translation>
    </message>
    <message>
        <source>Starta beräkningen för att se vilka parametrar som betyder mest.</source>
        <translation>Start the calculation to see which parameters matter most.</translation>
    </message>
    <message>
        <source>Parametern −%1</source>
        <translation>Parameter −%1</translation>
    </message>
    <message>
        <source>Parametern +%1</source>
        <translation>Parameter +%1</translation>
    </message>
    <message>
        <source>Utgångsläge %1</source>
        <translation>Starting point %1</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt (%)</source>
        <translation>Contact share (%)</translation>
    </message>
</context>
<context>
    <name>TornadoDialog</name>
    <message>
        <source>Känslighet – vad betyder mest för tiden med barnen?</source>
        <translation>Sensitivity – what matters most for the time with children?</translation>
    </message>
    <message>
        <source>Beräkningen</source>
        <translation>The calculation</translation>
    </message>
    <message>
        <source>Ändra varje parameter med</source>
        <translation>Change each parameter by</translation>
    </message>
    <message>
        <source>Körningar per punkt (var och en med annan slump)</source>
        <translation>Runs per point (each with different random numbers)</translation>
    </message>
    <message>
        <source>Varje körning omfattar scenariots %1 år, som i huvudfönstret.</source>
        <translation>Each run covers the scenario&apos;s %1 years, as in the main window.</translation>
    </message>
    <message>
        <source>Parametrar</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Beräkna känslighet</source>
        <translation>Compute sensitivity</translation>
    </message>
    <message>
        <source>De %1 viktigaste (personal, inflöde, omsättning, möten)</source>
        <translation>The %1 most important (staff, inflow, turnover, meetings)</translation>
    </message>
    <message>
        <source>Alla %1 numeriska parametrar</source>
        <translation>All %1 numerical parameters</translation>
    </message>
    <message>
        <source>%1 parametrar ger %2 körningar.</source>
        <translation>%1 parameters give %2 runs.</translation>
    </message>
    <message>
        <source>Beräknar utgångsläget …</source>
        <translation>Computing the starting point …</translation>
    </message>
    <message>
        <source>Klart. Störst påverkan: %1 (%2 till %3).</source>
        <translation>Done. Largest effect: %1 (%2 to %3).</translation>
    </message>
</context>
<context>
    <name>UnitCanvas</name>
    <message>
        <source>Kör en simulering av enheten …</source>
        <translation>Running a simulation of the unit …</translation>
    </message>
    <message>
        <source>Med barn och familj</source>
        <translation>With children and families</translation>
    </message>
    <message>
        <source>Dokumenterar</source>
        <translation>Documenting</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Reser</source>
        <translation>Travelling</translation>
    </message>
    <message>
        <source>Samverkan, möten</source>
        <translation>Collaboration, meetings</translation>
    </message>
    <message>
        <source>Handledning, APT</source>
        <translation>Supervision, team meetings</translation>
    </message>
    <message>
        <source>Introduktion</source>
        <translation>Induction</translation>
    </message>
    <message>
        <source>Praktiska uppgifter</source>
        <translation>Practical tasks</translation>
    </message>
    <message>
        <source>Inget i kö</source>
        <translation>Nothing queued</translation>
    </message>
    <message>
        <source>Har gått för dagen</source>
        <translation>Gone for the day</translation>
    </message>
    <message>
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lördag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>söndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Skyddsbedömningar</source>
        <translation>Protection assessments</translation>
    </message>
    <message>
        <source>Förhandsbedömningar</source>
        <translation>Initial assessments</translation>
    </message>
    <message>
        <source>Utredning</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Planerade möten</source>
        <translation>Planned meetings</translation>
    </message>
    <message>
        <source>Vecka %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <source>klockan %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Andel tid med barn och familj hittills</source>
        <translation>Share of time with children and families so far</translation>
    </message>
    <message>
        <source>mål %1</source>
        <translation>goal %1</translation>
    </message>
    <message>
        <source>K</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Arbete som väntar</source>
        <translation>Work waiting</translation>
    </message>
    <message>
        <source>Uppgifter i kö. Hel stapel = årets högsta.</source>
        <translation>Tasks in the queue. Full bar = the year&apos;s highest.</translation>
    </message>
    <message>
        <source>Andel tid med barn, vecka för vecka</source>
        <translation>Share of time with children, week by week</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Vakant tjänst</source>
        <translation>Vacant post</translation>
    </message>
    <message>
        <source>K = konsult</source>
        <translation>C = consultant</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>% per år</source>
        <translation>% per year</translation>
    </message>
    <message>
        <source>% av lönen</source>
        <translation>% of salary</translation>
    </message>
    <message>
        <source>% spridning</source>
        <translation>% spread</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>andel</source>
        <translation>share</translation>
    </message>
    <message>
        <source>andel av lön</source>
        <translation>share of salary</translation>
    </message>
    <message>
        <source>andel per år</source>
        <translation>share per year</translation>
    </message>
    <message>
        <source>barn/vecka</source>
        <translation>children/week</translation>
    </message>
    <message>
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <source>dagar/år</source>
        <translation>days/year</translation>
    </message>
    <message>
        <source>gånger</source>
        <translation>times</translation>
    </message>
    <message>
        <source>heltidstjänster</source>
        <translation>full-time posts</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>index per andel</source>
        <translation>index per share</translation>
    </message>
    <message>
        <source>kr per person och år</source>
        <translation>SEK per person and year</translation>
    </message>
    <message>
        <source>kr per rekrytering</source>
        <translation>SEK per recruitment</translation>
    </message>
    <message>
        <source>kr/månad</source>
        <translation>SEK/month</translation>
    </message>
    <message>
        <source>kr/år</source>
        <translation>SEK/year</translation>
    </message>
    <message>
        <source>månader</source>
        <translation>months</translation>
    </message>
    <message>
        <source>möten per månad</source>
        <translation>meetings per month</translation>
    </message>
    <message>
        <source>per månad</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per vecka</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>st</source>
        <translation>count</translation>
    </message>
    <message>
        <source>st per månad</source>
        <translation>count per month</translation>
    </message>
    <message>
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>timmar/månad</source>
        <translation>hours/month</translation>
    </message>
    <message>
        <source>timmar/vecka</source>
        <translation>hours/week</translation>
    </message>
    <message>
        <source>vecka</source>
        <translation>week</translation>
    </message>
    <message>
        <source>veckor</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>veckor per tjänst</source>
        <translation>weeks per post</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>× per månad</source>
        <translation>× per month</translation>
    </message>
    <message>
        <source>× per stressenhet</source>
        <translation>× per stress unit</translation>
    </message>
    <message>
        <source>möten/år</source>
        <translation>meetings/year</translation>
    </message>
    <message>
        <source>år</source>
        <translation>years</translation>
    </message>
</context>
</TS>
