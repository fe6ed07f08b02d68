"""The user guide shown by Hjälp (F1): Swedish, or English with the English interface.

The hand-written sections say what the model is and is not, how to read the key figures and their intervals,
how to build one's own unit and how to run a theme day. The last section, where every default comes from, is
generated from the schema's metadata (label, unit, allowed range, help text and source of every parameter),
so it can never disagree with the forms. Each parameter has the anchor ``field-<dotted key>``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from barntid.gui.editing.forms import section_keys
from barntid.gui.editing.labels import PAGES, page_title
from barntid.gui.i18n import lang
from barntid.sim.scenario.io import get
from barntid.sim.scenario.schema import Scenario

ABOUT_MODEL, FIGURES, OWN_UNIT, THEME_DAY, FILES, DEFAULTS = (
    "model", "figures", "own-unit", "theme-day", "files", "defaults")


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    body: str  # HTML


def field_anchor(key: str) -> str:
    return "field-" + key


def _info(key: str) -> FieldInfo:
    parts = key.split(".")
    if len(parts) == 1:
        return Scenario.model_fields[key]
    model = Scenario.model_fields[parts[0]].annotation
    assert isinstance(model, type) and issubclass(model, BaseModel)
    return model.model_fields[parts[1]]


def _bound(info: FieldInfo, name: str) -> float | None:
    return next((getattr(m, name) for m in info.metadata if getattr(m, name, None) is not None), None)


def _value(value: Any, en: bool) -> str:
    if isinstance(value, bool):
        return ("yes" if value else "no") if en else ("ja" if value else "nej")
    if isinstance(value, float | int):
        return lang.number(float(value), 3) if float(value) != int(value) or abs(value) < 1e6 else f"{value:g}"
    if isinstance(value, tuple):
        if not value:
            return "–"
        if all(isinstance(v, int | float) for v in value):
            return "; ".join(_value(v, en) for v in value)
        return f"{len(value)}"
    return str(value) if value != "" else "–"


def _bounds(info: FieldInfo) -> str:
    lo, hi = _bound(info, "ge"), _bound(info, "le")
    if lo is None or hi is None:
        return ""
    return f"{lang.number(lo, 3)}–{lang.number(hi, 3) if hi < 1e6 else f'{hi:g}'}"


def defaults_table() -> str:
    """Every parameter with its default, unit, range and source, page by page as in the forms."""
    en = lang.current() == "en"
    default = Scenario()
    head = (("Parameter", "Default", "Allowed", "What it is, and the source of the default") if en
            else ("Parameter", "Standardvärde", "Tillåtet", "Vad det är, och källan till standardvärdet"))
    widths = ("30%", "17%", "13%", "40%")
    source_word = "Source" if en else "Källa"
    out = []
    for title, sections in PAGES:
        out.append(f"<h3>{html.escape(page_title(title))}</h3>")
        out.append("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse: collapse' "
                   "width='100%'>")
        out.append("<tr>" + "".join(f"<th align='left' width='{w}' bgcolor='#eceff1'>{h}</th>"
                                    for h, w in zip(head, widths, strict=True)) + "</tr>")
        for section in sections:
            for key in section_keys(section):
                info = _info(key)
                extra = lang.extra(info)
                label = html.escape(lang.field_label(info, key))
                source = str(extra.get("source") or "")
                if not source:
                    source = "none stated: a setting of your own" if en else "ingen angiven: er egen inställning"
                elif en:  # the two words that recur; the rest is quoted as published
                    for sv_word, en_word in (("Antagande", "Assumption"), ("Kalibrerat", "Calibrated")):
                        if source.startswith(sv_word):
                            source = en_word + source[len(sv_word):]
                what = "" if en or not info.description else f"{html.escape(info.description)}<br>"
                unit = html.escape(lang.unit(info))
                out.append(
                    f"<tr><td><a name='{field_anchor(key)}'></a><b>{label}</b><br>"
                    f"<span style='color:#78909c; font-size: 12px'>{key}</span></td>"
                    f"<td>{html.escape(_value(get(default, key), en))} {unit}</td><td>{_bounds(info)}</td>"
                    f"<td>{what}<i>{source_word}:</i> {html.escape(source)}</td></tr>")
        out.append("</table>")
    return "\n".join(out)


_SV: tuple[tuple[str, str, str], ...] = (
    (ABOUT_MODEL, "Vad modellen är – och inte är", """
<p>Barntid är en <b>simulering</b> av en kommuns enhet för barn och unga inom socialtjänsten. Orosanmälningar
kommer in slumpmässigt; varje anmälan får en skyddsbedömning och en förhandsbedömning inom 14 dagar, en del
utreds inom fyra månader och en del av dem följs upp med möten under flera månader. Socialsekreterarna tar
arbetet i en kö: skyddsbedömningar först, sedan bokade möten, sedan handläggning efter tidsgräns. Extra möten
med barn och familjer är det som ger vika när tiden inte räcker. Varje arbetad timme räknas i en av tio
kategorier, till exempel direktkontakt, dokumentation, administration och resor.</p>
<p>Modellen är byggd för att <b>jämföra åtgärder</b> på en enhet som liknar er: vad ger en extra
administratör, bärbara datorer, parbesök, möten i skolan, checklistor eller assistenter – och vad kostar
det? Den återger Sjöbos uppmätta 11 % kontakttid 2015 och 18,5 % 2017.</p>
<p>Modellen är <b>inte</b> en prognos för just er kommun, inget beslutsunderlag om enskilda barn och ingen
ersättning för en egen tidsstudie. Många effekter av åtgärderna är antaganden (se <a href='#defaults'>Varifrån
standardvärdena kommer</a>); de står öppet så att de kan ifrågasättas och ändras. Semesterperioder med
vikarier, skolloven och ombokning av inställda möten finns inte i modellen.</p>
"""),
    (FIGURES, "Nyckeltalen och intervallen", """
<p><b>Andel tid i direktkontakt</b> är de timmar socialsekreterarna träffar barn, unga och deras familjer,
delat med de timmar de arbetar. Vid parbesök räknar båda mötet, som i en tidsstudie. <b>Barnens tid</b>
räknar varje möte en gång: det är den tid barnen faktiskt får. Målet är 20 %.</p>
<p>Varje resultat bygger på flera <b>körningar</b>: samma enhet simulerad många gånger med olika slump,
som om samma år kunde levas om (statistiker kallar dem replikeringar). Siffran i stor stil är medelvärdet.
<b>95 %-intervallet</b> under den säger hur säker siffran är: kör man om med fler körningar hamnar
medelvärdet nästan alltid inom intervallet. Ett smalt intervall betyder att slumpen spelar liten roll; ett
brett att fler körningar behövs innan man drar slutsatser. Antalet körningar och startvärdet för slumpen
finns under <b>Scenario och simulering → Avancerat</b>.</p>
<p><b>Chansen att nå målet</b> är andelen körningar där kontakttiden nådde målet – ett mått på hur ofta
ett år som detta räcker, inte en garanti.</p>
<p>Skillnader mellan två andelar anges i <b>procentenheter (p.e.)</b>: från 11 % till 13 % är +2 p.e.
<b>Arbetsbalans</b> är de timmar lagstadgat arbete och uppföljning som ligger och väntar på att bli gjorda.</p>
<p><b>Jämförelser</b>: fäst ett resultat (Ctrl+B), ändra scenariot och kör igen. Båda körs med samma slumptal,
så skillnaden beror på ändringen, inte på slumpen. Innehåller skillnadens intervall inte noll (fetstil i
tabellen) är skillnaden verklig i modellen.</p>
<p>Övriga nyckeltal: förhandsbedömningar inom 14 dagar och utredningar inom fyra månader (lagens
tidsgränser), personalomsättning, vakanser, konsulter, övertid, sjukfrånvaro och årskostnad.</p>
"""),
    (OWN_UNIT, "Bygg er egen enhet", """
<ol>
<li><b>Arkiv → Ny enhet …</b> frågar efter några nyckeltal (antal barn eller orosanmälningar, andel till
utredning, tjänster, personalomsättning, vakanser, åtgärder och gärna er uppmätta kontakttid) och skapar ett
komplett scenario: startläget räknas fram som jämvikt, modellen anpassas till er mätning och du väljer var
filen sparas. Eller öppna ett scenario som liknar er enhet, till exempel <i>sjobo-2015.toml</i> (Arkiv →
Öppna), och spara det under ett nytt namn (Spara som).</li>
<li>Gå igenom sidorna till vänster i ordning: <b>Personal</b> (tjänster, administratörer, assistenter),
<b>Efterfrågan</b> (orosanmälningar per vecka och hur många som utreds), <b>Tidsåtgång</b> (timmar per
ärende), <b>Åtgärder</b>. Varje fält visar enhet och tillåtet intervall; verktygstipset säger vad fältet
betyder och varifrån standardvärdet kommer. Andelar skrivs i procent (38 för 38 %). Ett värde utanför
intervallet markeras med rött och används aldrig, och Kör vägrar tills det är rättat eller ångrat.</li>
<li>Kör (F5). Jämför kontakttiden med er egen mätning om ni har en. Har ni en tidsstudie kan
<b>Beslutsstöd → Kalibrera</b> anpassa tidsåtgången så att modellen återger den.</li>
<li>Fäst resultatet som jämförelse (Ctrl+B), prova en åtgärd i taget och kör igen. <b>Beslutsstöd → Nå
målet</b> letar fram den billigaste kombinationen som når målet.</li>
<li><b>En plan i steg:</b> under <b>Tidslinje</b> (sist bland formulärets sidor, eller Redigera → Tidslinje)
lägger du till steg med ett datum som slår på åtgärder eller ändrar tjänster, t.ex. bärbara datorer från
september och en assistent från januari. Nya tjänster tillsätts efter rekryteringstiden och nya arbetssätt
har en inlärningstid. Diagrammen visar ett streck vid varje steg, och kontaktkortet säger när målet nås: den
första veckan då minst 80 % av körningarna har nått det över de fyra senaste veckorna.</li>
<li><b>Arkiv → Rapport till nämnden</b> skriver en PDF med utgångsläget, förslaget, intervallen, kostnaden
och antagandena.</li>
</ol>
<p>Ångra och gör om (Ctrl+Z, Ctrl+Skift+Z eller Ctrl+Y) gäller varje ändring, också medan markören står i
ett fält. Osparade ändringar sparas automatiskt.</p>
"""),
    (THEME_DAY, "Temadag", """
<p><b>Temadagsläge</b> (F11) är gjort för en projektor inför en sal: helskärm, stor text, diagrammet över
kontakttiden med målet 20 % och några stora reglage (tjänster, administration, assistenter, bärbara datorer,
parbesök). Varje ändring ger en snabb uppskattning inom ungefär en sekund, märkt <i>Preliminärt</i> och i
grått; när alla replikeringar är klara visas den slutliga siffran, grön om målet nås och röd annars.</p>
<p>En <b>berättelse</b> (Visa → Öppna berättelse, filen <i>storylines/sjobo.toml</i>) går igenom Sjöbos åtgärder
steg för steg: piltangenterna höger och vänster byter steg, och varje steg visar kontakttiden före och
efter och alla åtgärder som berättelsen slår på. Diagrammets axlar ligger fast genom hela berättelsen. Medan
du pratar räknas stegen färdigt i bakgrunden, så att bläddra fram och tillbaka visar slutsiffran direkt; ett
scenario som redan är beräknat räknas aldrig om. Ändrar du något för hand står det "+ egen ändring" både i
rubriken och på kontaktkortet. <b>Visa som en körning</b> kör i stället hela berättelsen som en plan i steg,
ett steg var fjärde månad, med ett streck i diagrammet vid varje steg och veckan då målet nås; <b>Visa steg för
steg</b> går tillbaka. Esc eller F11 lämnar temadagsläget.</p>
<p>Tips: öppna programmet och kör en gång innan publiken kommer, så är beräkningsprocesserna igång. Kör
från en USB-sticka går bra; programmet skriver inget i sin egen mapp.</p>
"""),
    (FILES, "Filer, data och fel", """
<p>Scenarier sparas där du väljer, som textfiler (TOML) som går att läsa, kommentera och skicka med e-post.
Inställningar, autosparade ändringar, körhistoriken och felloggen sparas i din användarmapp (se <b>Hjälp →
Om Barntid</b> för sökvägen), aldrig i programmets mapp.</p>
<p>Om ett oväntat fel inträffar visar Barntid vad som hände, skriver detaljerna i felloggen och erbjuder att
kopiera en felrapport som du kan klistra in i ett e-postmeddelande. Dina osparade ändringar är autosparade och
erbjuds tillbaka nästa gång programmet startar.</p>
"""),
)

_EN: tuple[tuple[str, str, str], ...] = (
    (ABOUT_MODEL, "What the model is – and is not", """
<p>Barntid is a <b>simulation</b> of a municipal child and youth social services unit. Reports of concern
arrive at random; each gets a protection assessment and an initial assessment within 14 days, some are
investigated within four months and some of those are followed up with meetings for months. Social workers
take the work from one queue: protection assessments first, then booked meetings, then casework by deadline.
Extra meetings with children and families are what gives way when time runs short. Every worked hour falls in
one of ten categories, such as direct contact, documentation, administration and travel.</p>
<p>The model is made to <b>compare measures</b> on a unit like yours: what does an extra administrator,
laptops, pair visits, meetings at school, checklists or assistants bring – and at what cost? It reproduces
the 11% contact share Sjöbo measured in 2015 and the 18.5% of 2017.</p>
<p>The model is <b>not</b> a forecast for your municipality, not a basis for decisions about individual
children, and no substitute for your own time study. Many effects of the measures are assumptions (see
<a href='#defaults'>Where the defaults come from</a>); they are stated openly so they can be challenged and
changed. Summer leave with substitutes, school holidays and rebooking of cancelled meetings are not
modelled.</p>
"""),
    (FIGURES, "The key figures and their intervals", """
<p>The <b>contact share</b> is the hours social workers spend with children, young people and their
families, divided by the hours they work. On a pair visit both count the meeting, as a time study does.
<b>Children's time</b> counts each meeting once: the time children actually get. The goal is 20%.</p>
<p>Each run consists of several <b>replications</b>: the same unit simulated many times with different random
numbers, as if the same year could be lived again. The big number is the mean. The <b>95% interval</b> below
it says how sure that number is: run again with more replications and the mean will almost always land
inside it. A narrow interval means chance matters little; a wide one that more replications are needed before
drawing conclusions.</p>
<p>The <b>chance of reaching the goal</b> is the share of replications in which the contact share reached the
goal – how often a year like this is enough, not a guarantee.</p>
<p><b>Comparisons</b>: pin a result (Ctrl+B), change the scenario and run again. Both run with the same random
numbers, so the difference comes from the change, not from chance. If the interval of the difference does
not contain zero (bold in the table), the difference is real in the model.</p>
<p>Other key figures: initial assessments within 14 days and investigations within four months (the legal
deadlines), turnover, vacancies, consultants, overtime, sickness absence and annual cost.</p>
"""),
    (OWN_UNIT, "Building your own unit", """
<ol>
<li><b>Arkiv → Ny enhet …</b> (File → New unit) asks for a few key figures (children or reports of
concern, share investigated, posts, turnover, vacancies, measures, and your measured contact share if you
have one) and creates a complete scenario: the start is the steady state, the model is fitted to your
measurement and you choose where the file is saved. Or open a scenario like your unit, for example
<i>sjobo-2015.toml</i> (File → Open), and save it under a new name (Save as).</li>
<li>Go through the pages on the left in order: <b>Staff</b> (posts, administrators, assistants),
<b>Demand</b> (reports of concern per week and how many are investigated), <b>Time per task</b> (hours per case),
<b>Measures</b>. Every field shows its unit and allowed range; its tooltip says what it means and where its
default comes from. Shares are entered in percent (38 for 38%). A value outside the range is marked in red
and never used, and Run refuses until it is corrected or undone.</li>
<li>Run (F5). Compare the contact share with your own measurement if you have one. With a time study,
<b>Beslutsstöd → Kalibrera</b> (the decision-support menu, in Swedish) fits the time per task so the
model reproduces it.</li>
<li>Pin the result (Ctrl+B), try one measure at a time and run again. <b>Beslutsstöd → Nå målet</b> (reach the
goal) finds the cheapest combination that reaches the goal.</li>
<li><b>A plan in steps:</b> on <b>Timeline</b> (the last of the form's pages, or Edit → Timeline) add steps with
a date that switch on measures or change posts, e.g. laptops from September and an assistant from January. New
posts are filled after the recruitment time and new ways of working take time to learn. The charts draw a line
at each step, and the contact card says when the goal is reached: the first week by whose end at least 80 % of
the replications have reached it over the last four weeks.</li>
<li><b>File → Report to the committee</b> writes a PDF (in Swedish) with the baseline, the proposal, the
intervals, the cost and the assumptions.</li>
</ol>
<p>Undo and redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) cover every change, also while a field has focus. Unsaved
changes are saved automatically.</p>
"""),
    (THEME_DAY, "Running a theme day", """
<p><b>Theme-day mode</b> (F11) is made for a projector in front of a room: full screen, large type, the
contact-share chart with the 20% goal and a few big controls (posts, administration, assistants, laptops,
pair visits). Each change gives a quick estimate within about a second, marked <i>Preliminary</i> and in
grey; once all replications are in, the final figure follows, green if it reaches the goal and red if not.</p>
<p>A <b>storyline</b> (View → Open storyline, the file <i>storylines/sjobo.toml</i>) walks through Sjöbo's
measures step by step: the right and left arrow keys change step, and each step shows the contact share
before and after and every measure the storyline switches on. The chart's axes stay fixed for the whole
storyline. While you talk, the steps are computed in the background, so stepping back and forth shows the
final figure at once; a scenario already computed is never run again. A change by hand reads "+ own change"
in the heading and on the contact card alike. <b>Show as one run</b> instead runs the whole storyline as a plan
in steps, one every four months, with a line on the chart at each step and the week the goal is reached;
<b>Show step by step</b> goes back. Esc or F11 leaves theme-day mode.</p>
<p>Tip: open the program and run once before the audience arrives, so the calculation processes are
running. Running from a USB stick is fine; the program writes nothing into its own folder.</p>
"""),
    (FILES, "Files, data and errors", """
<p>Scenarios are saved where you choose, as text files (TOML) that can be read, commented and e-mailed.
Settings, autosaved changes, the run history and the error log are kept in your user folder (see <b>Help →
About Barntid</b> for the path), never in the program's folder.</p>
<p>If an unexpected error happens, Barntid shows what happened, writes the details to the error log and offers
to copy an error report you can paste into an e-mail. Your unsaved changes are autosaved and offered back the
next time the program starts.</p>
"""),
)


def sections() -> list[Section]:
    """The guide in the current language, the generated defaults section last."""
    en = lang.current() == "en"
    out = [Section(a, t, b) for a, t, b in (_EN if en else _SV)]
    intro = ("<p>Every parameter, page by page as in the forms: its default, unit, allowed range and the "
             "source of the default. Sources are quoted as published, in Swedish; <i>Antagande</i> means an "
             "assumption, <i>Kalibrerat</i> a value fitted so the model reproduces a published figure.</p>"
             if en else
             "<p>Varje parameter, sida för sida som i formulären: standardvärde, enhet, tillåtet intervall och "
             "källan till standardvärdet. <i>Antagande</i> betyder ett antagande som går att ifrågasätta; "
             "<i>Kalibrerat</i> ett värde anpassat så att modellen återger en publicerad siffra.</p>")
    title = "Where the defaults come from" if en else "Varifrån standardvärdena kommer"
    out.append(Section(DEFAULTS, title, intro + defaults_table()))
    return out


def document_html() -> str:
    """The whole guide as one HTML document with an anchor per section."""
    parts = ["<html><body style='font-size: 14px'>"]
    for s in sections():
        parts.append(f"<a name='{s.anchor}'></a><h2>{html.escape(s.title)}</h2>{s.body}")
    parts.append("</body></html>")
    return "\n".join(parts)
