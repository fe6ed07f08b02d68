<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
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
    <name>ChartWidget</name>
    <message>
        <source>Kör scenariot (F5) för att se diagrammet.</source>
        <translation>Run the scenario (F5) to see the chart.</translation>
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
        <source>Skillnad mot jämförelsen
(95 %-intervall)</source>
        <translation>Difference from baseline
(95% interval)</translation>
    </message>
    <message>
        <source>Replikeringar (frö)</source>
        <translation>Replications (seed)</translation>
    </message>
    <message>
        <source>Sannolikhet att nå målet (%1)</source>
        <translation>Probability of reaching the goal (%1)</translation>
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
        <source>Andel av arbetstiden (%)</source>
        <translation>Share of working time (%)</translation>
    </message>
    <message>
        <source>Mål %1</source>
        <translation>Goal %1</translation>
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
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Andel klara inom tidsgränsen (%)</source>
        <translation>Share completed within the limit (%)</translation>
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
    <name>FieldRow</name>
    <message>
        <source>Tillåtet: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
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
        <source>Varje färdig körning sparas här. En körning som öppnas räknas om med samma slumpfrö och ger samma siffror.</source>
        <translation>Every finished run is kept here. A run you open is computed again with the same random seed and gives the same figures.</translation>
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
        <source>Replikeringar</source>
        <translation>Replications</translation>
    </message>
    <message>
        <source>Frö</source>
        <translation>Seed</translation>
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
</context>
<context>
    <name>Job</name>
    <message>
        <source>En beräkningsprocess avslutades oväntat. Försök igen.</source>
        <translation>A worker process ended unexpectedly. Please try again.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Inget resultat ännu</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <source>95 %-intervall:
%1</source>
        <translation>95% interval:
%1</translation>
    </message>
    <message>
        <source>(intervall kräver minst 2 replikeringar)</source>
        <translation>(an interval needs at least 2 replications)</translation>
    </message>
    <message>
        <source>Mål %1 · sannolikhet att nå målet: %2</source>
        <translation>Goal %1 · probability of reaching it: %2</translation>
    </message>
    <message>
        <source>Mot jämförelsen: %1</source>
        <translation>Versus baseline: %1</translation>
    </message>
    <message>
        <source>Barnens tid (ett parbesök räknas en gång): %1</source>
        <translation>Children's time (a pair visit counted once): %1</translation>
    </message>
    <message>
        <source>Andelen tid i direktkontakt räknar båda socialsekreterarna vid ett parbesök, som en tidsstudie gör och som målet avser. Barnens tid räknar varje möte en gång: den tid barnen och familjerna faktiskt får.</source>
        <translation>The contact share counts both social workers on a pair visit, as a time study does and as the goal means. Children's time counts each meeting once: the time children and families actually get.</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Kör scenariot (F5) för att se nyckeltalen.</source>
        <translation>Run the scenario (F5) to see the key figures.</translation>
    </message>
    <message>
        <source>%1: medelvärden av %2 replikeringar à %3 år (frö %4)</source>
        <translation>%1: means of %2 replications of %3 years (seed %4)</translation>
    </message>
    <message>
        <source>fler replikeringar körs …</source>
        <translation>more replications running …</translation>
    </message>
</context>
<context>
    <name>LineBandChart</name>
    <message>
        <source>%1 – medel %2</source>
        <translation>%1 – mean %2</translation>
    </message>
    <message>
        <source>Vecka (linje: glidande medel över 4 veckor)</source>
        <translation>Week (line: 4-week moving average)</translation>
    </message>
    <message>
        <source>Spridning: 95 % av körningarna</source>
        <translation>Spread: 95% of the replications</translation>
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
        <source>Fäst ett resultat som jämförelse (Ctrl+B), ändra scenariot och kör igen. Skillnaderna räknas replikering för replikering med samma slumpfrö, med 95 %-intervall; fetstil = intervallet innehåller inte noll.</source>
        <translation>Pin a result as the baseline (Ctrl+B), change the scenario and run again. Differences are computed replication by replication with the same random seed, with 95% intervals; bold = the interval excludes zero.</translation>
    </message>
    <message>
        <source>Jämförelse (tabell)</source>
        <translation>Comparison (table)</translation>
    </message>
    <message>
        <source>%v av %m replikeringar</source>
        <translation>%v of %m replications</translation>
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
        <source>Sparades inte: %1</source>
        <translation>Not saved: %1</translation>
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
        <source>Klart: %1 replikeringar</source>
        <translation>Done: %1 replications</translation>
    </message>
    <message>
        <source>Körningen avbröts efter %1 replikeringar.</source>
        <translation>The run was cancelled after %1 replications.</translation>
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
        <translation>Report to the &amp;committee …</translation>
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
        <translation>These details appear on the report's first page and in its footer. The date is today's.</translation>
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
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Antal personer eller tjänster (st)</source>
        <translation>People or posts (count)</translation>
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
        <source>Steg %1 av %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt: räknar …</source>
        <translation>Contact share: computing …</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt (snabb uppskattning) · mål %1</source>
        <translation>Contact share (quick estimate) · goal %1</translation>
    </message>
    <message>
        <source>Andel tid i direktkontakt · mål %1</source>
        <translation>Contact share · goal %1</translation>
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
        <source>Fäst som jämförelse</source>
        <translation>Pin as baseline</translation>
    </message>
    <message>
        <source>Visa det här resultatet i grått när du provar andra val</source>
        <translation>Show this result in grey while you try other choices</translation>
    </message>
    <message>
        <source>Avsluta temadag (F11)</source>
        <translation>Leave theme day (F11)</translation>
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
    <name>Units</name>
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
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <source>dagar/år</source>
        <translation>days/year</translation>
    </message>
    <message>
        <source>heltidstjänster</source>
        <translation>full-time posts</translation>
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
        <source>månader</source>
        <translation>months</translation>
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
        <source>× per månad</source>
        <translation>× per month</translation>
    </message>
    <message>
        <source>× per veckas balans</source>
        <translation>× per week of backlog</translation>
    </message>
    <message>
        <source>år</source>
        <translation>years</translation>
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
    <name>AboutDialog</name>
    <message>
        <source>Om Barntid</source>
        <translation>About Barntid</translation>
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
</TS>
