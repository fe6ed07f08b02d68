"""The scenario schema: one validated, immutable description of a unit and its measures.

Every parameter is declared once here, with its Swedish and English label, unit, allowed range, help
text and the source of its default. The loader, the command line's error messages and the GUI's forms
all read this metadata, so a new parameter is added in one place.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

SCHEMA_VERSION = 1
MAX_SURGES = 50
MAX_OPEN_BY_MONTH = 100_000


def param(
    default: Any,
    label: str,
    *,
    unit: str = "",
    ge: float | None = None,
    le: float | None = None,
    help: str = "",
    source: str = "",
    en: str = "",
) -> Any:
    """A scenario parameter with the metadata the forms and messages need."""
    extra: dict[str, Any] = {"unit": unit, "source": source, "label_en": en or label}
    return Field(default, title=label, description=help, ge=ge, le=le, json_schema_extra=extra)


class Section(BaseModel):
    """A table of the scenario file: frozen, unknown keys rejected, NaN and infinity rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, strict=False)

    @field_validator("*", mode="before")
    @classmethod
    def _no_true_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """true/false is not a number: `social_workers = true` is refused, not read as 1."""
        field = cls.model_fields.get(info.field_name or "")
        if isinstance(value, bool) and field is not None and field.annotation in (int, float):
            extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
            lo = next((m.ge for m in field.metadata if hasattr(m, "ge")), None)
            hi = next((m.le for m in field.metadata if hasattr(m, "le")), None)
            rng = f" i intervallet {lo:g}–{hi:g} {extra.get('unit', '')}".rstrip() if lo is not None and \
                hi is not None else ""
            raise ValueError(f"värdet {str(value).lower()} ska vara ett tal{rng}, inte true/false")
        return value


class Simulation(Section):
    years: float = param(3.0, "Simulerade år", unit="år", ge=0.25, le=20,
                         help="Hur långt fram i tiden modellen körs, efter uppvärmningen.", en="Years simulated")
    warmup_weeks: int = param(8, "Inkörningstid som inte räknas", unit="veckor", ge=0, le=104,
                              help="Veckor i början av varje körning då ärenden och köer kommer i gång; de räknas "
                                   "inte in i resultaten.",
                              source="Startläget i jämvikt; köade möten har satt sig efter 8 veckor "
                                     "(docs/model.md, 7)",
                              en="Warm-up")
    replications: int = param(30, "Antal körningar", unit="st", ge=1, le=1000,
                              help="Hur många gånger scenariot körs, varje gång med annan slump. Resultaten är "
                                   "medelvärden av körningarna och 95 %-intervallet visar hur mycket de skiljer "
                                   "sig; fler körningar ger säkrare siffror men tar längre tid (statistiskt: "
                                   "replikeringar).",
                              en="Replications")
    seed: int = param(2015, "Startvärde för slumpen", ge=0, le=2**63 - 1,
                      help="Samma startvärde och samma scenario ger exakt samma resultat. Byt värde för att se hur "
                           "mycket slumpen spelar in (statistiskt: slumpfrö).", en="Random seed")
    goal: float = param(0.20, "Mål för kontakttid", unit="andel", ge=0.01, le=1.0,
                        help="Andel av arbetstiden i direktkontakt med barn och familjer som är målet.",
                        source="Sjöbo kommun 2017: målet 20 %", en="Contact-time goal")


class Surge(Section):
    start_week: int = param(0, "Startvecka", unit="vecka", ge=0, le=1040,
                            help="Veckan (räknat från start) då ökningen börjar.", en="Start week")
    weeks: int = param(12, "Längd", unit="veckor", ge=1, le=520, help="Hur länge ökningen varar.",
                       en="Length")
    multiplier: float = param(1.25, "Faktor", unit="×", ge=0.1, le=10,
                              help="Inflödet multipliceras med denna faktor under perioden.", en="Multiplier")


class Wave(Section):
    """A wave of unaccompanied children: each needs an investigation, a placement and its follow-up."""

    start_week: int = param(0, "Startvecka", unit="vecka", ge=0, le=1040,
                            help="Veckan (räknat från start) då barnen börjar anvisas.", en="Start week")
    weeks: int = param(20, "Längd", unit="veckor", ge=1, le=520, help="Hur länge anvisningarna pågår.",
                       en="Length")
    per_week: float = param(3.0, "Barn per vecka", unit="barn/vecka", ge=0, le=200,
                            help="Ensamkommande barn som anvisas kommunen per vecka under perioden.",
                            source="Migrationsverket: 35 369 ensamkommande 2015, toppen okt–nov; "
                                   "kommunens andel efter folkmängd", en="Children per week")
    followup_months: float = param(24.0, "Placeringens uppföljning", unit="månader", ge=1, le=120,
                                   help="Genomsnittlig tid placeringen följs upp (exponentialfördelad).",
                                   source="Antagande: de flesta placerades till 18 års ålder",
                                   en="Placement follow-up")


class Demand(Section):
    reports_per_week: float = param(11.5, "Orosanmälningar", unit="per vecka", ge=0, le=2000,
                                    help="Genomsnittligt inflöde av orosanmälningar (före säsong och toppar).",
                                    source="1 540 per 10 000 barn och år, Socialstyrelsen 2018",
                                    en="Reports of concern")
    seasonal: tuple[float, ...] = param(
        (1.0, 1.05, 1.1, 1.05, 1.1, 0.95, 0.7, 0.8, 1.1, 1.1, 1.1, 0.95),
        "Säsongsprofil", unit="× per månad",
        help="Tolv faktorer, januari till december, som inflödet multipliceras med.",
        source="Färre anmälningar under skolornas sommarlov", en="Seasonal profile")
    surges: tuple[Surge, ...] = param((), "Toppar",
                                      help="Perioder med ökat inflöde av orosanmälningar.", en="Surges")
    unaccompanied: tuple[Wave, ...] = param((), "Ensamkommande barn",
                                            help="Perioder då ensamkommande barn anvisas kommunen, t.ex. "
                                                 "hösten 2015. Varje barn utreds, placeras och följs upp.",
                                            en="Unaccompanied children")
    weekday_share: float = param(0.9, "Anmälningar på vardagar", unit="andel", ge=0.2, le=1.0,
                                 help="Andel av orosanmälningarna som kommer måndag–fredag.",
                                 source="Härlett: polis, skola, förskola och vård gör omkring 60 % av "
                                        "anmälningarna, nästan alla på vardagar (Socialstyrelsen 2018)",
                                 en="Reports on weekdays")
    out_of_hours_share: float = param(0.15, "Vardagsanmälningar efter kontorstid", unit="andel", ge=0, le=1,
                                      help="Andel av vardagarnas anmälningar som kommer kvällstid.",
                                      source="Antagande", en="Weekday reports out of hours")
    share_to_investigation: float = param(0.38, "Andel som leder till utredning", unit="andel", ge=0, le=1,
                                          help="Andel av anmälningarna där utredning inleds.",
                                          source="Socialstyrelsen 2018: 38 %", en="Share opening an investigation")
    share_to_followup: float = param(0.5, "Andel utredningar med insats", unit="andel", ge=0, le=1,
                                     help="Andel av utredningarna som leder till en insats som följs upp.",
                                     source="Antagande", en="Share of investigations with an intervention")
    followup_months: float = param(12.0, "Uppföljningstid", unit="månader", ge=0.5, le=120,
                                   help="Genomsnittlig tid en insats följs upp (exponentialfördelad).",
                                   source="Antagande", en="Follow-up duration")
    effort_cv: float = param(0.4, "Variation i arbetsinsats", unit="CV", ge=0, le=3,
                             help="Hur mycket arbetsinsatsen typiskt skiljer sig mellan ärenden, i procent av "
                                  "genomsnittet (0 = alla ärenden lika; statistiskt: variationskoefficient för en "
                                  "lognormal faktor).",
                             source="Antagande", en="Effort variation")

    @model_validator(mode="after")
    def _twelve_months(self) -> Demand:
        if len(self.seasonal) != 12 or any(not (0 <= v <= 10) for v in self.seasonal):
            raise ValueError("seasonal: ange exakt 12 tal mellan 0 och 10 (januari–december)")
        if len(self.surges) > MAX_SURGES:
            raise ValueError(f"surges: högst {MAX_SURGES} perioder, inte {len(self.surges)}")
        return self


class Initial(Section):
    assessments: int = param(6, "Pågående förhandsbedömningar", unit="st", ge=0, le=100000,
                             help="Förhandsbedömningar som pågår vid start.", en="Open initial assessments")
    investigations_by_month: tuple[int, ...] = param(
        (18, 16, 14, 10), "Pågående utredningar per ålder", unit="st per månad",
        help="Antal pågående utredningar som inletts för 0–1, 1–2, 2–3 och 3–4 månader sedan.",
        en="Open investigations by age")
    followups: int = param(100, "Pågående uppföljningar", unit="st", ge=0, le=100000,
                           help="Insatser som följs upp vid start.", en="Ongoing follow-ups")
    newcomers: int = param(4, "Nyanställda vid start", unit="st", ge=0, le=1000,
                           help="Socialsekreterare med under 12 månaders anställning vid start.",
                           source="Öppna jämförelser 2019: 25 % med under ett års erfarenhet",
                           en="Newcomers at start")
    vacancies: int = param(1, "Vakanser vid start", unit="st", ge=0, le=1000,
                           help="Obesatta tjänster vid start.", en="Vacancies at start")

    @model_validator(mode="after")
    def _ages(self) -> Initial:
        if len(self.investigations_by_month) > 12 or any(not 0 <= v <= MAX_OPEN_BY_MONTH
                                                         for v in self.investigations_by_month):
            raise ValueError(f"investigations_by_month: högst 12 antal, vart och "
                             f"ett i intervallet 0–{MAX_OPEN_BY_MONTH} st")
        return self


class Staff(Section):
    social_workers: float = param(18.0, "Socialsekreterare", unit="heltidstjänster", ge=0, le=1000,
                                  help="Tjänster för socialsekreterare med socionomexamen (handläggare).",
                                  en="Social workers")
    admin_fte: float = param(1.0, "Administrativt stöd", unit="heltidstjänster", ge=0, le=200,
                             help="Administratörer som tar över delegerbar administration.",
                             en="Administrative support")
    assistant_fte: float = param(0.0, "Assistenter", unit="heltidstjänster", ge=0, le=200,
                                 help="Medarbetare utan socionomexamen som tar praktiska uppgifter.",
                                 source="Socionomkravet (SoL 3:3a) gäller inte praktiska uppgifter",
                                 en="Assistants")
    weekly_hours: float = param(40.0, "Veckoarbetstid", unit="timmar/vecka", ge=10, le=60,
                                source="Allmänna bestämmelser (AB): 40 h/vecka", en="Weekly hours")
    leave_days: int = param(28, "Semester", unit="dagar/år", ge=0, le=60,
                            help="Semesterdagar per år; fyra veckor läggs under sommaren.",
                            source="AB: 25 dagar, 31 från 40 års ålder, 32 från 50", en="Annual leave")
    sickness_share: float = param(0.05, "Sjukfrånvaro utan stress", unit="andel", ge=0, le=0.5,
                                  help="Andel arbetsdagar med sjukfrånvaro när arbetsbelastningen är normal.",
                                  source="Antagande", en="Sickness absence (no stress)")
    overtime_max_hours_per_week: float = param(
        4.0, "Övertid högst", unit="timmar/vecka", ge=0, le=20,
        help="Övertid socialsekreterare arbetar när lagstadgat arbete förfaller (högst 2 h per dag).",
        source="Arbetstidslagen 8 §: 48 h/4 veckor, 200 h/år; England 2012: 45,9 h arbetade mot 37,2 avtalade",
        en="Overtime at most")
    overtime_trigger_days: float = param(2.0, "Övertid när arbete förfaller inom", unit="dagar", ge=0, le=30,
                                         help="Övertid arbetas när lagstadgat arbete förfaller inom så många "
                                              "dagar eller redan är försenat.", source="Antagande",
                                         en="Overtime when work is due within")
    staff_meeting_hours_per_week: float = param(2.0, "Arbetsplatsträffar och möten", unit="timmar/vecka",
                                                ge=0, le=20, en="Staff meetings")
    training_hours_per_week: float = param(0.8, "Kompetensutveckling", unit="timmar/vecka", ge=0, le=20,
                                           source="Nationella tidsstudien: 2 %", en="Training")


class Turnover(Section):
    annual_rate: float = param(0.36, "Personalomsättning (långsiktig)", unit="andel per år", ge=0, le=3,
                               help="Andel som på lång sikt slutar per år utan stress. Nyanställda slutar oftare "
                                    "än erfarna (se De första åren).",
                               source="Kalibrerat så att tre simulerade år ger 32 %, som SCB via "
                                      "Akademikerförbundet SSR (30–34 % 2015–2017)", en="Annual turnover (long run)")
    overload_sensitivity: float = param(0.25, "Ökning vid stress", unit="× per stressenhet",
                                        ge=0, le=10,
                                        help="Hur mycket risken att sluta ökar per enhet stress över tröskeln "
                                             "(glidande medel över 8 veckor, se Stresströskel).",
                                        source="Kim & Kao 2014: stress och utbrändhet, inte ärendemängden, "
                                               "förutsäger avhopp", en="Stress effect on leaving")
    first_years: float = param(2.0, "De första åren", unit="år", ge=0, le=10,
                               help="Anställningstid under vilken risken att sluta är högre.",
                               source="Antagande", en="First years")
    first_years_factor: float = param(4.0, "Risk att sluta de första åren", unit="×", ge=1, le=10,
                                      help="Hur många gånger högre risken att sluta är under de första åren.",
                                      source="Kalibrerat mot Öppna jämförelser: 25 % under 1 år, 36–47 % "
                                             "över 5 år", en="Leaving risk in the first years")
    stress_threshold: float = param(2.0, "Stresströskel", unit="index", ge=0, le=10,
                                    help="Stressindex (arbetsbalans i veckor per tjänst, plus tappade möten "
                                         "och övertid) över vilket sjukfrånvaro och avgångar ökar.",
                                    source="Kalibrerat: sällan över tröskeln i Sjöbo 2015; avgångar och "
                                           "sjukfrånvaro vid +25 % anmälningar", en="Stress threshold")
    stress_meeting_weight: float = param(2.0, "Stress: tappade möten", unit="index per andel", ge=0, le=20,
                                         help="Hur mycket inställda och förkortade möten väger i stressindexet.",
                                         source="Antagande; SSR 2016: 55 % kan inte upprätthålla "
                                                "rättssäkerheten", en="Stress: lost meetings")
    stress_overtime_weight: float = param(5.0, "Stress: övertid", unit="index per andel", ge=0, le=50,
                                          help="Hur mycket övertid (andel av avtalad tid) väger i stressindexet.",
                                          source="Antagande", en="Stress: overtime")
    sickness_stress_sensitivity: float = param(1.0, "Sjukfrånvaro vid stress", unit="× per stressenhet",
                                               ge=0, le=20,
                                               help="Hur mycket sjukfrånvaron ökar per enhet stress över "
                                                    "tröskeln.", source="Antagande; Hampshire-försöket: "
                                               "mindre sjukfrånvaro med assistenter", en="Stress effect on sickness")
    recruitment_weeks: float = param(12.0, "Rekryteringstid", unit="veckor", ge=0, le=104,
                                     help="Genomsnittlig tid från att någon slutar till att tjänsten är "
                                          "tillsatt.", source="Antagande", en="Recruitment time")
    consultant_policy: Literal["none", "after"] = param(
        "none", "Konsultpolicy", help="'none': inga konsulter; 'after': hyr in en konsult när en tjänst "
        "varit vakant i ett antal veckor.", en="Consultant policy")
    backlog_consultants: int = param(0, "Konsulter vid arbetsbalans", unit="st", ge=0, le=100,
                                     help="Högst så många konsulter hyrs in utöver tjänsterna när "
                                          "arbetsbalansen (lagstadgat arbete och uppföljning som väntar på att "
                                          "bli gjort) överstiger gränsen (0 = aldrig).",
                                     source="Expressen 2018: kommunerna hyrde in för balanser, inte bara vakanser",
                                     en="Consultants for backlogs")
    backlog_threshold_weeks: float = param(1.5, "Balansgräns för konsult", unit="veckor per tjänst", ge=0,
                                           le=20, help="Arbetsbalans (glidande medel) över vilken en konsult "
                                           "hyrs in för balansen.", source="Antagande", en="Backlog threshold")
    backlog_contract_weeks: float = param(12.0, "Konsultuppdragets längd", unit="veckor", ge=1, le=104,
                                          source="Antagande", en="Consultant contract")
    backlog_delay_weeks: float = param(3.0, "Tid till konsult på plats", unit="veckor", ge=0, le=26,
                                       source="Antagande", en="Consultant lead time")
    surge_recruitment_factor: float = param(1.5, "Rekryteringstid vid flyktingvåg", unit="×", ge=1, le=5,
                                            help="Rekryteringen tar så många gånger längre tid under och efter "
                                                 "en topp eller en våg av ensamkommande barn.",
                                            source="Antagande; Expressen: inhyrda socialsekreterare +41 % "
                                                   "2016–2017", en="Recruitment time in a surge")
    surge_market_weeks: float = param(52.0, "Stram arbetsmarknad efter toppen", unit="veckor", ge=0, le=260,
                                      source="Antagande", en="Tight labour market after a surge")
    consultant_after_weeks: float = param(4.0, "Konsult efter", unit="veckor", ge=0, le=104,
                                          en="Consultant after")
    ramp_months: float = param(6.0, "Introduktionstid", unit="månader", ge=0, le=36,
                               help="Tid tills en nyanställd är fullt produktiv.", source="Antagande",
                               en="Induction time")
    start_productivity: float = param(0.5, "Produktivitet vid start", unit="andel", ge=0, le=1,
                                      help="Nyanställdas produktivitet första dagen; stiger linjärt.",
                                      en="Starting productivity")
    mentoring_hours_per_week: float = param(2.0, "Handledning av nyanställd", unit="timmar/vecka", ge=0,
                                            le=20, help="Tid erfarna kolleger lägger per nyanställd under "
                                            "introduktionen.", en="Mentoring per newcomer")


class Efforts(Section):
    """Hours per case stage, before measures act on them. Multiplied by the case's effort factor."""

    protection_hours: float = param(1.0, "Skyddsbedömning", unit="timmar", ge=0, le=40,
                                    help="Dokumentation och bedömning samma eller nästa dag.",
                                    en="Protection assessment")
    assessment_casework_hours: float = param(2.2, "Förhandsbedömning: handläggning", unit="timmar", ge=0,
                                             le=100, source="SKL/Psynk 2015: 3,5–4,5 h totalt",
                                             en="Initial assessment: casework")
    assessment_admin_hours: float = param(1.2, "Förhandsbedömning: administration", unit="timmar", ge=0,
                                          le=100, en="Initial assessment: administration")
    assessment_collab_hours: float = param(0.5, "Förhandsbedömning: samverkan", unit="timmar", ge=0,
                                           le=100, en="Initial assessment: collaboration")
    investigation_steps: int = param(5, "Utredningens steg", unit="st", ge=1, le=20,
                                     help="Utredningen delas i steg som släpps jämnt över utredningstiden.",
                                     en="Investigation steps")
    investigation_target_days: float = param(90.0, "Planerad utredningstid", unit="dagar", ge=7, le=365,
                                             help="Genomsnittlig tid över vilken utredningens steg planeras "
                                                  "(lagkravet är 4 månader).", en="Planned investigation time")
    investigation_days_cv: float = param(0.2, "Variation i utredningstid", unit="CV", ge=0, le=2,
                                         help="Hur mycket den planerade utredningstiden typiskt skiljer sig mellan "
                                              "utredningar, i procent av genomsnittet (statistiskt: "
                                              "variationskoefficient).",
                                         source="Antagande", en="Investigation time variation")
    investigation_required_meetings: int = param(
        3, "Samtal som krävs före beslut", unit="st", ge=0, le=50,
        help="Så många av utredningens planerade samtal måste ha hållits innan utredningen kan avslutas; de "
             "bokas om i stället för att ställas in.",
        source="SoL 11:10 (barnets rätt att komma till tals) och samtal med båda vårdnadshavarna; antagande",
        en="Meetings required before a decision")
    statement_share: float = param(0.6, "Utredningar som väntar på utlåtanden", unit="andel", ge=0, le=1,
                                   help="Andel utredningar som väntar på utlåtanden från skola, BUP, polis "
                                        "eller hälso- och sjukvård.", source="Antagande",
                                   en="Investigations waiting for statements")
    statement_days: float = param(60.0, "Väntetid på utlåtanden", unit="dagar", ge=0, le=365,
                                  help="Genomsnittlig tid från att utredningen inleds till att utlåtandena "
                                       "kommit; handläggaren kan inte korta den.", source="Antagande",
                                  en="Waiting time for statements")
    investigation_casework_hours: float = param(20.0, "Utredning: handläggning", unit="timmar", ge=0,
                                                le=500, source="SKL/Psynk 2015: 70–90 h totalt",
                                                en="Investigation: casework")
    investigation_admin_hours: float = param(12.0, "Utredning: administration", unit="timmar", ge=0,
                                             le=500, en="Investigation: administration")
    investigation_collab_hours: float = param(12.0, "Utredning: samverkan", unit="timmar", ge=0, le=500,
                                              help="Möten med skola, hälso- och sjukvård, polis.",
                                              en="Investigation: collaboration")
    investigation_practical_hours: float = param(2.0, "Utredning: praktiska uppgifter", unit="timmar",
                                                 ge=0, le=500, en="Investigation: practical tasks")
    investigation_visits: int = param(10, "Utredning: önskat antal samtal", unit="st", ge=0, le=50,
                                      help="Möten med barnet och familjen som en utredning borde ha; de som "
                                           "krävs före beslut bokas, resten hålls när tiden räcker.",
                                      source="Antagande (professionell norm)", en="Investigation: desired meetings")
    followup_visits_per_month: float = param(5.0, "Uppföljning: önskad kontakt", unit="möten per månad", ge=0,
                                             le=10, help="Möten per månad som en insats borde ha när tiden räcker.",
                                             source="Antagande (professionell norm)",
                                             en="Follow-up: desired meetings")
    followup_min_visits_per_month: float = param(
        0.7, "Uppföljning: bokad kontakt", unit="möten per månad", ge=0, le=10,
        help="Möten per månad som bokas och hålls även när tiden är knapp (högst den önskade kontakten).",
        source="Kalibrerat mot Stockholm 2018 (33 % över 4 månader vid +25 % anmälningar); över "
               "Socialstyrelsens minst 4 enskilda samtal per år med placerade barn",
        en="Follow-up: booked meetings")
    followup_casework_hours: float = param(1.5, "Uppföljning: handläggning", unit="timmar/månad", ge=0,
                                           le=100, en="Follow-up: casework")
    followup_admin_hours: float = param(1.6, "Uppföljning: administration", unit="timmar/månad", ge=0,
                                        le=100, en="Follow-up: administration")
    followup_collab_hours: float = param(1.0, "Uppföljning: samverkan", unit="timmar/månad", ge=0, le=100,
                                         en="Follow-up: collaboration")
    followup_practical_hours: float = param(0.6, "Uppföljning: praktiska uppgifter", unit="timmar/månad",
                                            ge=0, le=100, en="Follow-up: practical tasks")
    visit_contact_hours: float = param(1.5, "Möte: kontakttid", unit="timmar", ge=0.1, le=24,
                                       help="Tid med barnet och familjen vid ett möte.", en="Meeting: contact")
    visit_travel_hours: float = param(0.9, "Möte: restid", unit="timmar", ge=0, le=24,
                                      en="Meeting: travel")
    visit_documentation_hours: float = param(1.2, "Möte: dokumentation efteråt", unit="timmar", ge=0,
                                             le=24, en="Meeting: documentation afterwards")
    visit_window_days: float = param(21.0, "Möte: tid innan det ställs in", unit="dagar", ge=1, le=120,
                                     help="Ett planerat möte som inte hunnits med inom så många dagar "
                                          "bokas om eller ställs in; ett sent möte kortas.", en="Meeting: window")
    meeting_reschedules: int = param(1, "Möte: ombokningar innan det ställs in", unit="gånger", ge=0, le=5,
                                     help="Ett bokat möte som inte hunnits med inom sitt fönster bokas om en vecka "
                                          "senare så många gånger innan det ställs in.",
                                     source="Antagande", en="Meeting: rebookings before cancelling")
    late_visit_min_share: float = param(0.5, "Sent möte: kortaste längd", unit="andel", ge=0.1, le=1,
                                        help="Ett möte som hålls sist i fönstret kortas till denna andel.",
                                        en="Late meeting: shortest length")
    deadline_override_days: float = param(
        10.0, "Bokat möte viker för försenat arbete efter", unit="dagar", ge=0, le=120,
        help="Ett bokat möte hålls på sin dag; det viker bara för skyddsbedömningar och för lagstadgat arbete "
             "som redan är försenat mer än så många dagar.",
        source="Antagande (hur enheter prioriterar); kalibrerat mot Stockholm 2018: 33 % över 4 månader",
        en="Booked meeting gives way to work late by")


class Measures(Section):
    @model_validator(mode="before")
    @classmethod
    def _pair_visits_as_share(cls, data: Any) -> Any:
        """Files from before 0.2 say `pair_visits = true/false` and maybe `pair_visit_share`: true means the
        share given (all chosen meetings if none), false none."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        share = data.pop("pair_visit_share", None)
        flag = data.get("pair_visits")
        if isinstance(flag, bool):
            data["pair_visits"] = (1.0 if share is None else share) if flag else 0.0
        elif share is not None:
            data["pair_visits"] = share if flag is None else flag
        return data

    mobile_documentation: bool = param(False, "Bärbara datorer", help="Dokumentation sker på plats.",
                                       source="Sjöbo 2017", en="Laptops (mobile documentation)")
    pair_visits: float = param(0.0, "Parbesök", unit="andel", ge=0, le=1,
                               help="Andel av de möten som valts nedan som två socialsekreterare håller "
                               "tillsammans; båda räknar mötet som kontakttid, barnet möter dem samtidigt. "
                               "I äldre filer betyder true alla valda möten och false inga.",
                               source="Sjöbo 2017: två åker alltid ut på utredningens besök", en="Pair visits")
    pair_investigation_meetings: bool = param(True, "Parbesök: samtal i utredningar",
                                              help="Utredningens samtal och hembesök hålls i par.",
                                              source="Sjöbo 2017: två åker alltid ut", en="Pairs: investigations")
    pair_followup_meetings: bool = param(True, "Parbesök: uppföljningsmöten",
                                         help="Möten i uppföljningen av insatser hålls i par.",
                                         source="Antagande", en="Pairs: follow-up meetings")
    pair_school_meetings: bool = param(True, "Parbesök: möten i skolan",
                                       help="Möten i skolan hålls i par.", source="Antagande",
                                       en="Pairs: meetings at school")
    school_contacts: bool = param(False, "Möten i skolan", help="En del möten hålls i skolan.",
                                  source="Sjöbo 2017", en="Contacts at school")
    checklists: bool = param(False, "Checklistor", help="Checklistor förenklar handläggningen.",
                             source="Sjöbo 2017", en="Checklists")
    socialjour: bool = param(True, "Socialjour", help="En jour tar skyddsbedömningar kvällar och helger; "
                             "enheten får en kort överlämning.",
                             source="De flesta kommuner har socialjour, ofta gemensam", en="Out-of-hours service")
    supervision_hours_per_week: float = param(1.2, "Handledning", unit="timmar/vecka", ge=0, le=20,
                                              help="Extern handledning och reflektion per socialsekreterare.",
                                              source="Öppna jämförelser 2015: 2,7 h; tidsstudien: 3 %",
                                              en="Supervision")


class Effects(Section):
    """How much each measure changes the work. Assumptions, stated so they can be challenged."""

    laptop_documentation_saving: float = param(0.4, "Dator: minskad dokumentation", unit="andel", ge=0,
                                               le=1, help="Andel av dokumentationen efter ett möte som görs "
                                               "på plats eller under resan.",
                                               source="Kalibrerat mot Sjöbo 2017; jfr CTG Albany 2008",
                                               en="Laptop: documentation saved")
    laptop_admin_saving: float = param(0.2, "Dator: minskad administration", unit="andel", ge=0, le=1,
                                       source="Kalibrerat mot Sjöbo 2017", en="Laptop: administration saved")
    pair_laptop_documentation_saving: float = param(0.3, "Parbesök med dator: minskad dokumentation",
                                                    unit="andel", ge=0, le=1,
                                                    help="Med dator dokumenterar den ena under mötet.",
                                                    source="Kalibrerat mot Sjöbo 2017",
                                                    en="Pair with laptop: documentation saved")
    school_meeting_share: float = param(0.4, "Andel möten i skolan", unit="andel", ge=0, le=1,
                                        help="Andel av mötena som kan hållas i skolan.", source="Antagande",
                                        en="Share of meetings at school")
    school_travel_saving: float = param(0.5, "Skolmöte: minskad restid", unit="andel", ge=0, le=1,
                                        source="Kalibrerat mot Sjöbo 2017", en="School meeting: travel saved")
    checklist_casework_saving: float = param(0.2, "Checklistor: minskad handläggning", unit="andel", ge=0,
                                             le=1, source="Kalibrerat mot Sjöbo 2017", en="Checklists: casework saved")
    admin_delegable_share: float = param(0.8, "Delegerbar administration", unit="andel", ge=0, le=1,
                                         help="Andel av administrationen som administratörer kan ta över.",
                                         source="Tidsstudien: administrationen kan göras av andra",
                                         en="Delegable administration")
    admin_handover_share: float = param(0.15, "Överlämning till administratör", unit="andel", ge=0, le=1,
                                        help="Tid det tar att lämna över, som andel av den överlämnade tiden.",
                                        en="Handover to administrator")
    admin_availability: float = param(0.85, "Administratörers tillgänglighet", unit="andel", ge=0, le=1,
                                      help="Andel av administratörernas arbetstid som går till delegerade "
                                           "uppgifter.", en="Administrators' availability")
    practical_handover_share: float = param(0.2, "Överlämning till assistent", unit="andel", ge=0, le=1,
                                            en="Handover to assistant")
    jour_handover_hours: float = param(0.25, "Socialjour: överlämning", unit="timmar", ge=0, le=8,
                                       help="Enhetens tid för att ta över ett ärende från jouren.",
                                       source="Antagande", en="Out-of-hours handover")
    learning_weeks: float = param(12.0, "Inlärningstid för nya arbetssätt", unit="veckor", ge=0, le=104,
                                  help="När en åtgärd införs under körningen (tidslinjen) växer dess effekt "
                                       "jämnt från ingen till full under så här många veckor. Gäller åtgärder, "
                                       "inte nya tjänster (de tar rekryteringstid).",
                                  source="Antagande (docs/model.md 2.13)", en="Learning period for new ways of working")


class Calendar(Section):
    """The Swedish year: when the scenario starts, summer leave and substitutes, school holidays."""

    start_date: date = param(date(2015, 1, 5), "Startdatum",
                             help="Dagen då körningen börjar, uppvärmningen inräknad (modellen börjar på "
                                  "måndagen den veckan). Diagrammen visar månader och år från detta datum.",
                             en="Start date")
    summer_first_week: int = param(25, "Sommarsemester från vecka", unit="vecka", ge=1, le=52,
                                   help="Första veckan då sommarsemestern kan ligga.",
                                   source="Semesterlagen 12 §: fyra veckor i följd under juni–augusti",
                                   en="Summer leave from week")
    summer_last_week: int = param(33, "Sommarsemester till vecka", unit="vecka", ge=1, le=52,
                                  help="Sista veckan då sommarsemestern kan ligga.",
                                  source="Semesterlagen 12 §: fyra veckor i följd under juni–augusti",
                                  en="Summer leave until week")
    summer_leave_weeks: int = param(4, "Sommarsemester", unit="veckor", ge=0, le=8,
                                    help="Semesterveckor i följd som var och en tar under sommaren; resten av "
                                         "semestern sprids över året.",
                                    source="Semesterlagen 12 §", en="Summer leave")
    staffing_floor: float = param(0.5, "Bemanning under sommaren", unit="andel", ge=0, le=1,
                                  help="Minsta andel av tjänsterna som är i tjänst varje sommarvecka. Semestrarna "
                                       "läggs ut efter det; får inte alla plats kortas deras sommarsemester och "
                                       "resten tas ut under året.",
                                  source="Antagande (semesterplanering med lägsta bemanning)",
                                  en="Summer staffing floor")
    substitutes: float = param(0.0, "Sommarvikarier", unit="st", ge=0, le=200,
                               help="Vikarier under sommaren. De tar praktiska uppgifter och delegerbar "
                                    "administration, inte handläggning som kräver socionomexamen.",
                               source="SOSFS 2014:7 (behörighet för handläggning); antagande",
                               en="Summer substitutes")
    substitute_first_week: int = param(26, "Sommarvikarier från vecka", unit="vecka", ge=1, le=52,
                                       en="Substitutes from week")
    substitute_weeks: int = param(8, "Sommarvikarier: veckor", unit="veckor", ge=0, le=20,
                                  en="Substitutes: weeks")
    substitute_productivity: float = param(0.7, "Sommarvikarier: produktivitet", unit="andel", ge=0, le=1,
                                           help="Andel av en erfaren kollegas takt i de uppgifter vikarien tar.",
                                           source="Antagande", en="Substitutes: productivity")
    school_summer_first_week: int = param(25, "Sommarlov från vecka", unit="vecka", ge=1, le=52,
                                          help="Skolans sommarlov; jullovet (21 december–6 januari) ingår alltid "
                                               "i loven. Under loven hålls inga möten i skolan.",
                                          source="Skolverket: läsåret slutar i mitten av juni och börjar i "
                                                 "mitten av augusti", en="School summer holiday from week")
    school_summer_last_week: int = param(33, "Sommarlov till vecka", unit="vecka", ge=1, le=52,
                                         source="Skolverket", en="School summer holiday until week")
    holiday_followup_share: float = param(0.5, "Uppföljningsmöten under sommarlovet", unit="andel", ge=0, le=1,
                                          help="Andel av uppföljningens planerade möten som blir av under "
                                               "sommarlovet; många familjer reser bort.",
                                          source="Antagande", en="Follow-up meetings in the summer holiday")

    @field_validator("start_date")
    @classmethod
    def _plausible_date(cls, value: date) -> date:
        if not date(1990, 1, 1) <= value <= date(2100, 12, 31):
            raise ValueError(f"datumet {value.isoformat()} är utanför det tillåtna intervallet 1990-01-01–2100-12-31")
        return value

    @model_validator(mode="after")
    def _weeks_in_order(self) -> Calendar:
        if self.summer_last_week - self.summer_first_week + 1 < self.summer_leave_weeks:
            raise ValueError(
                f"summer_last_week: sommarperioden (vecka {self.summer_first_week}–{self.summer_last_week}) är "
                f"kortare än sommarsemestern ({self.summer_leave_weeks} veckor)")
        if self.school_summer_last_week < self.school_summer_first_week:
            raise ValueError("school_summer_last_week: sommarlovet slutar före det börjar")
        return self


class Costs(Section):
    social_worker_salary: float = param(34000.0, "Lön socialsekreterare", unit="kr/månad", ge=0, le=1e6,
                                        source="SSR, Vision 2016–2021: 30 000–36 800", en="Social worker salary")
    admin_salary: float = param(28000.0, "Lön administratör", unit="kr/månad", ge=0, le=1e6,
                                source="Antagande", en="Administrator salary")
    assistant_salary: float = param(27000.0, "Lön assistent", unit="kr/månad", ge=0, le=1e6,
                                    source="Antagande", en="Assistant salary")
    employer_fee: float = param(0.42, "Personalomkostnader", unit="andel av lön", ge=0, le=2,
                                help="Arbetsgivaravgifter, pension och försäkringar.", source="Antagande",
                                en="Employer's on-cost")
    consultant_monthly: float = param(130000.0, "Konsultkostnad", unit="kr/månad", ge=0, le=1e7,
                                      source="Lokalpress 2023–2024: ungefär dubbla kostnaden",
                                      en="Consultant cost")
    recruitment_cost: float = param(60000.0, "Rekryteringskostnad", unit="kr per rekrytering", ge=0,
                                    le=1e7, help="Annonsering och tid för urval. Produktivitetsförlusten "
                                    "under introduktionen räknas separat i modellen.",
                                    source="Vision 2015: 340 000–540 000 kr inklusive förlorad produktivitet",
                                    en="Recruitment cost")
    laptop_per_year: float = param(6000.0, "Bärbar dator", unit="kr per person och år", ge=0, le=1e6,
                                   source="Antagande", en="Laptop")
    socialjour_per_year: float = param(250000.0, "Socialjour", unit="kr/år", ge=0, le=1e8,
                                       help="Enhetens andel av kostnaden för socialjouren.", source="Antagande",
                                       en="Out-of-hours service")
    overtime_divisor: float = param(94.0, "Övertidsersättning: månadslön delad med", unit="", ge=1, le=500,
                                    help="Ersättning per övertidstimme = månadslön / detta tal.",
                                    source="AB: enkel övertid, månadslön/94", en="Overtime pay divisor")


TIMELINE_STAFF_KEYS = ("staff.social_workers", "staff.admin_fte", "staff.assistant_fte")
MAX_TIMELINE_STEPS = 100


class TimelineStep(Section):
    """A dated step of a plan: changes to measures and posts that apply from its date (docs/model.md 2.13)."""

    date: dt.date = param(dt.date(2015, 9, 1), "Datum",
                       help="Dagen då ändringarna börjar gälla. Ett steg på eller före scenariots startdatum "
                            "gäller redan från start.", en="Date")
    title: str = param("", "Rubrik", help="Vad steget är, t.ex. \"Bärbara datorer\".", en="Title")
    changes: dict[str, Any] = param({}, "Ändringar",
                                    help="Åtgärder och tjänster som ändras, t.ex. "
                                         "\"measures.mobile_documentation\" = true.", en="Changes")

    @field_validator("changes", mode="before")
    @classmethod
    def _flat(cls, value: Any) -> Any:
        """`changes = { "staff.admin_fte" = 1.5 }` and `changes.staff.admin_fte = 1.5` mean the same."""
        if not isinstance(value, dict):
            return value
        flat: dict[str, Any] = {}

        def walk(prefix: str, node: dict[str, Any]) -> None:
            for k, v in node.items():
                key = f"{prefix}.{k}" if prefix else str(k)
                if isinstance(v, dict):
                    walk(key, v)
                else:
                    flat[key] = v

        walk("", value)
        return flat

    @field_validator("date")
    @classmethod
    def _plausible_date(cls, value: dt.date) -> dt.date:
        if not dt.date(1990, 1, 1) <= value <= dt.date(2100, 12, 31):
            raise ValueError(f"datumet {value.isoformat()} är utanför det tillåtna intervallet 1990-01-01–2100-12-31")
        return value

    @field_validator("title")
    @classmethod
    def _short_title(cls, value: str) -> str:
        if len(value) > 80 or any(_control(c) for c in value):
            raise ValueError("högst 80 tecken, inga styrtecken")
        return value

    @property
    def label(self) -> str:
        """"Steg 2025-09-01 Bärbara datorer" as messages and the timeline show it."""
        return f"{self.date.isoformat()} {self.title}".strip()


def timeline_keys() -> tuple[str, ...]:
    """The settings a timeline step may change: every measure and the three kinds of posts."""
    return tuple(f"measures.{k}" for k in Measures.model_fields) + TIMELINE_STAFF_KEYS


class Scenario(Section):
    schema_version: int = param(SCHEMA_VERSION, "Schemaversion", ge=1, le=SCHEMA_VERSION, en="Schema version")
    name: str = param("Namnlöst scenario", "Namn", en="Name")
    description: str = param("", "Beskrivning", en="Description")
    simulation: Simulation = Simulation()
    demand: Demand = Demand()
    initial: Initial = Initial()
    staff: Staff = Staff()
    turnover: Turnover = Turnover()
    efforts: Efforts = Efforts()
    measures: Measures = Measures()
    effects: Effects = Effects()
    calendar: Calendar = Calendar()
    costs: Costs = Costs()
    timeline: tuple[TimelineStep, ...] = param(
        (), "Tidslinje", help="En plan i steg: varje steg har ett datum och ändrar åtgärder eller tjänster "
                              "från det datumet.", en="Timeline")

    @model_validator(mode="after")
    def _limits(self) -> Scenario:
        overhead = (self.measures.supervision_hours_per_week + self.staff.staff_meeting_hours_per_week
                    + self.staff.training_hours_per_week)
        if overhead > 0.5 * self.staff.weekly_hours:
            raise ValueError(
                f"measures.supervision_hours_per_week: handledning, möten och kompetensutveckling är tillsammans "
                f"{overhead:g} timmar/vecka, mer än hälften av veckoarbetstiden ({self.staff.weekly_hours:g} h)")
        ef = self.efforts
        if ef.investigation_required_meetings > ef.investigation_visits:
            raise ValueError(
                f"efforts.investigation_required_meetings: samtal som krävs ({ef.investigation_required_meetings}) "
                f"kan inte vara fler än utredningens planerade samtal ({ef.investigation_visits})")
        if ef.followup_min_visits_per_month > ef.followup_visits_per_month:
            raise ValueError(
                f"efforts.followup_min_visits_per_month: bokad kontakt ({ef.followup_min_visits_per_month:g}) kan "
                f"inte vara mer än den önskade ({ef.followup_visits_per_month:g} möten per månad)")
        if len(self.name) > 200 or len(self.description) > 5000:
            raise ValueError("name: högst 200 tecken; description: högst 5000 tecken")
        if any(_control(c) for c in self.name):
            raise ValueError("name: får inte innehålla styrtecken (t.ex. terminalens escape-koder)")
        if any(_control(c) and c not in "\t\n\r" for c in self.description):
            raise ValueError("description: får inte innehålla styrtecken utom tab och radbrytning")
        if len(self.timeline) > MAX_TIMELINE_STEPS:
            raise ValueError(f"timeline: högst {MAX_TIMELINE_STEPS} steg")
        return self


def _control(c: str) -> bool:
    """A control character (C0, DEL, C1): never shown, and a terminal or a spreadsheet may act on it."""
    return ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0


SECTIONS: tuple[str, ...] = tuple(
    name for name, f in Scenario.model_fields.items() if isinstance(f.default, BaseModel)
)
