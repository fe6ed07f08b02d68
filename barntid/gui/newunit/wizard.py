"""Arkiv > Ny enhet …: a guided form from a unit's key figures to a calibrated, commented scenario.

Five pages of figures (the municipality and its reports, today's cases, staff, measures, an optional own
measurement) and a last page that runs `barntid.sim.decision.newunit.create` off the UI thread (a `Job`
through `JobControls`) and shows how close a calibrated unit comes to its measurement. Every figure carries
its unit, range, help and where to find it (`barntid.sim.scenario.newunit.FIGURES`, as the command line).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from barntid.gui.newunit.fields import INVALID_STYLE, FigureEdit
from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.job import JobContext, Progress
from barntid.sim.decision.newunit import CONTACT_KPI, NewUnit, create
from barntid.sim.scenario import timeuse
from barntid.sim.scenario.io import ScenarioError
from barntid.sim.scenario.newunit import MEASURES, UnitFigures, problems
from barntid.sim.scenario.shipped import shipped

PAGE_IDS = ("municipality", "cases", "staff", "measures", "measurement", "create")


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class FiguresPage(QWizardPage):
    """A page of figures: complete when none of its figures has an error (alone or with the others)."""

    def __init__(self, wizard: NewUnitWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.edits: list[FigureEdit] = []
        self.box = QVBoxLayout(self)

    def add(self, key: str, required: bool = False, initial: str = "") -> FigureEdit:
        edit = FigureEdit(key, required, initial)
        edit.changed.connect(self.wiz.recheck)
        self.wiz.fields[key] = edit
        self.edits.append(edit)
        self.box.addWidget(edit)
        return edit

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return all(not e.error for e in self.edits) and not self.extra_error()

    def extra_error(self) -> str:
        return ""


class MunicipalityPage(FiguresPage):
    def __init__(self, wizard: NewUnitWizard) -> None:
        super().__init__(wizard, wizard.tr("Kommunen och inflödet"),
                         wizard.tr("Börja med kommunens namn och hur många orosanmälningar enheten får. Vet ni "
                                   "inte antalet anmälningar räcker antalet barn."))
        row = QHBoxLayout()
        self.name_label = QLabel(wizard.tr("<b>Kommun eller enhet</b>"))
        self.name = QLineEdit()
        self.name.setObjectName("figure_name")
        self.name.setPlaceholderText(wizard.tr("t.ex. Ekby kommun, barn och unga"))
        self.name_label.setBuddy(self.name)
        self.name_label.setMinimumWidth(290)
        row.addWidget(self.name_label)
        row.addWidget(self.name, 1)
        self.box.addLayout(row)
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.name_error.hide()
        self.box.addWidget(self.name_error)
        self.name.textChanged.connect(wizard.recheck)
        self.by_children = QRadioButton(wizard.tr("Vi vet antalet barn 0–17 år"))
        self.by_reports = QRadioButton(wizard.tr("Vi vet antalet orosanmälningar per år"))
        self.by_children.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.by_children, self.by_reports):
            group.addButton(b)
        self.box.addWidget(self.by_children)
        self.children_edit = self.add("children", required=True)
        self.box.addWidget(self.by_reports)
        self.reports_edit = self.add("reports_per_year", required=True)
        self.add("share_to_investigation", initial="38")
        self.add("investigations_per_year")
        self.box.addStretch(1)
        self.by_children.toggled.connect(self._choose)
        self._choose()

    def _choose(self) -> None:
        self.children_edit.setEnabled(self.by_children.isChecked())
        self.reports_edit.setEnabled(self.by_reports.isChecked())
        self.wiz.recheck()

    def extra_error(self) -> str:
        return self.wiz.name_error


class MeasuresPage(QWizardPage):
    def __init__(self, wizard: NewUnitWizard) -> None:
        super().__init__()
        self.setTitle(wizard.tr("Åtgärder som används i dag"))
        self.setSubTitle(wizard.tr("Kryssa i det som enheten redan gör. Det går att pröva fler åtgärder sedan, "
                                   "i huvudfönstret."))
        box = QVBoxLayout(self)
        helps = {"mobile_documentation": wizard.tr("Alla handläggare har bärbar dator och dokumenterar på plats."),
                 "pair_visits": wizard.tr("Två socialsekreterare går tillsammans på utredningens samtal."),
                 "school_contacts": wizard.tr("En del möten med barnen hålls i skolan."),
                 "checklists": wizard.tr("Checklistor för utredningens steg."),
                 "socialjour": wizard.tr("En socialjour tar skyddsbedömningar kvällar och helger.")}
        self.boxes: dict[str, QCheckBox] = {}
        for key, label in MEASURES.items():
            cb = QCheckBox(f"{label}: {helps[key]}")
            cb.setObjectName(f"measure_{key}")
            cb.setChecked(key == "socialjour")
            self.boxes[key] = cb
            box.addWidget(cb)
        box.addStretch(1)


class MeasurementPage(FiguresPage):
    def __init__(self, wizard: NewUnitWizard) -> None:
        super().__init__(wizard, wizard.tr("Er egen mätning (valfritt)"),
                         wizard.tr("Har ni mätt hur arbetstiden används? Då anpassas modellen så att den återger "
                                   "er mätning, och en kontrollkörning med ett annat slumpfrö visar hur nära den "
                                   "kommer."))
        self.none = QRadioButton(wizard.tr("Ingen mätning: använd standardvärdena"))
        self.by_share = QRadioButton(wizard.tr("Vi har mätt andelen tid i direktkontakt"))
        self.by_file = QRadioButton(wizard.tr("Vi har en tidsanvändningstabell (CSV eller Excel)"))
        self.none.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.none, self.by_share, self.by_file):
            group.addButton(b)
        self.box.addWidget(self.none)
        self.box.addWidget(self.by_share)
        self.contact = self.add("measured_contact", required=True)
        self.box.addWidget(self.by_file)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setObjectName("time_use_file")
        self.file.setPlaceholderText(wizard.tr("sökväg till .csv eller .xlsx"))
        browse = QPushButton(wizard.tr("Bläddra …"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.box.addLayout(row)
        template = shipped("tidsstudie-mall.csv")
        self.file_help = _intro(wizard.tr("Kategori i första kolumnen, andel i procent i den andra, med den "
                                          "nationella tidsstudiens kategorier. Mall: %1").replace(
            "%1", str(template) if template else "scenarios/tidsstudie-mall.csv (.xlsx)"))
        self.file_help.setStyleSheet("color: #455a64; font-size: 11px;")
        self.box.addWidget(self.file_help)
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.file_error.hide()
        self.box.addWidget(self.file_error)
        self.fit_posts = QCheckBox(wizard.tr("Anpassa antalet tjänster i stället för tiden för indirekt arbete"))
        self.fit_posts.setToolTip(wizard.tr("Standard: tjänsterna är de ni angett, och tiden för dokumentation, "
                                            "administration, resor och samverkan anpassas."))
        self.box.addWidget(self.fit_posts)
        self.box.addStretch(1)
        self.table: dict[str, float] | None = None
        for w in (self.none, self.by_share, self.by_file):
            w.toggled.connect(self._choose)
        self.file.textChanged.connect(self._read_file)
        self._choose()

    def browse(self) -> None:
        folder = shipped("tidsstudie-mall.csv")
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Tidsanvändningstabell"),
                                                 str(folder.parent) if folder else "",
                                                 self.tr("Tabell (*.csv *.xlsx)"))
        if chosen:
            self.file.setText(chosen)

    def _choose(self) -> None:
        self.contact.setEnabled(self.by_share.isChecked())
        self.file.setEnabled(self.by_file.isChecked())
        self.fit_posts.setEnabled(not self.none.isChecked())
        self._read_file()

    def _read_file(self) -> None:
        self.table, err = None, ""
        if self.by_file.isChecked():
            path = self.file.text().strip()
            if not path:
                err = self.tr("Välj en fil.")
            else:
                try:
                    self.table = timeuse.read(path)
                except ScenarioError as exc:
                    err = "; ".join(str(p) for p in exc.problems)
                except OSError as exc:
                    err = str(exc.strerror or exc)
        self.file_error.setText(self.tr("Tidsanvändningstabell: %1").replace("%1", err) if err else "")
        self.file_error.setVisible(bool(err))
        self.file.setStyleSheet(INVALID_STYLE if err else "")
        self.wiz.recheck()

    def extra_error(self) -> str:
        return self.file_error.text()


class CreatePage(QWizardPage):
    def __init__(self, wizard: NewUnitWizard, pool: PoolGetter) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(wizard.tr("Skapa enheten"))
        self.setSubTitle(wizard.tr("Startläget räknas fram som jämvikt för ert inflöde och er bemanning, och "
                                   "modellen anpassas till er mätning om ni angett en. Det tar en stund."))
        box = QVBoxLayout(self)
        self.summary = _intro("")
        box.addWidget(self.summary)
        self.controls = JobControls(wizard.tr("Skapa scenariot"), pool)
        self.controls.start_button.clicked.connect(self.start)
        self.controls.succeeded.connect(self.done)
        box.addWidget(self.controls)
        self.result_label = _intro("")
        box.addWidget(self.result_label)
        box.addStretch(1)
        self.result: NewUnit | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.result = None
        self.result_label.setText("")
        self.summary.setText(self.wiz.summary())

    def start(self) -> None:
        f, table, fit_posts = self.wiz.figures(), self.wiz.measurement.table, self.wiz.measurement.fit_posts
        posts = fit_posts.isEnabled() and fit_posts.isChecked()

        def work(ctx: JobContext) -> NewUnit:
            return create(f, table, fit_posts=posts, pool=ctx.pool,
                          progress=lambda text, done, total: ctx.report(Progress(done, total, text)))

        self.result = None
        self.completeChanged.emit()
        self.controls.start(work, self.tr("Räknar fram startläget …"))

    def done(self, result: object) -> None:
        assert isinstance(result, NewUnit)
        self.result = result
        ini = result.scenario.initial
        lines = [self.tr("Klart: %1. Startläge: %2 förhandsbedömningar, %3 utredningar, %4 uppföljningar.")
                 .replace("%1", result.scenario.name).replace("%2", str(ini.assessments))
                 .replace("%3", str(sum(ini.investigations_by_month))).replace("%4", str(ini.followups))]
        if result.fitted:
            lines.append(self.tr("Kalibrerat: %1").replace("%1", result.fitted))
        for c in result.checks:
            what = self.tr("kontakttid, vanliga veckor") if c.name == CONTACT_KPI else c.name
            e = c.estimate
            lines.append(self.tr("Kontroll (%1, frö %2): uppmätt %3, modellen %4 (95 %: %5–%6).")
                         .replace("%1", what).replace("%2", str(c.seed)).replace("%3", _pct(c.target))
                         .replace("%4", _pct(e.mean)).replace("%5", _pct(e.lo)).replace("%6", _pct(e.hi)))
        lines.append(self.tr("Tryck Slutför: scenariot öppnas i fönstret och du får välja var det sparas."))
        self.result_label.setText("<br>".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.result is not None and not self.controls.busy


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %".replace(".", ",")


class NewUnitWizard(QWizard):
    """The wizard; `new_unit` holds the new unit once the last page has created it."""

    def __init__(self, pool: PoolGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny enhet från nyckeltal"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.fields: dict[str, FigureEdit] = {}
        self.name_error = ""
        self._checking = False
        self.municipality = MunicipalityPage(self)
        self.cases = FiguresPage(self, self.tr("Ärenden i dag"), self.tr(
            "Lämna tomt det ni inte vet: då räknas startläget fram som jämvikt för ert inflöde och er bemanning."))
        self.cases.add("open_investigations")
        self.cases.add("followups")
        self.cases.box.addStretch(1)
        self.staff = FiguresPage(self, self.tr("Personal"), self.tr(
            "Tjänster i heltidstjänster. Personalomsättningen anges i procent av socialsekreterarna."))
        self.staff.add("posts", required=True)
        self.staff.add("admin", initial="1")
        self.staff.add("assistants", initial="0")
        self.staff.add("turnover")
        self.staff.add("vacancies", initial="0")
        self.staff.add("consultants", initial="0")
        self.staff.box.addStretch(1)
        self.measures = MeasuresPage(self)
        self.measurement = MeasurementPage(self)
        self.create_page = CreatePage(self, pool)
        for page in (self.municipality, self.cases, self.staff, self.measures, self.measurement, self.create_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Tillbaka"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Slutför"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Avbryt"))
        self.resize(960, 680)
        self.recheck()

    @property
    def new_unit(self) -> NewUnit | None:
        return self.create_page.result

    def figures(self, placeholder_posts: float = 1000.0) -> UnitFigures:
        """The figures as entered (invalid or empty ones as unknown)."""
        v: dict[str, Any] = {k: e.value() for k, e in self.fields.items()}
        for key in ("children", "vacancies", "consultants", "open_investigations", "followups"):
            if v.get(key) is not None:
                v[key] = int(v[key])
        measures = {k: cb.isChecked() for k, cb in self.measures.boxes.items()}
        contact = v.pop("measured_contact") if self.measurement.by_share.isChecked() else None
        v.pop("measured_contact", None)
        posts = v.pop("posts")
        return UnitFigures(name=self.municipality.name.text(), posts=posts if posts is not None else placeholder_posts,
                           measured_contact=contact, measures=measures, **v)

    def recheck(self) -> None:
        """Check every figure, alone and together, mark the wrong ones and update Nästa."""
        if self._checking or not hasattr(self, "create_page"):
            return
        self._checking = True
        try:
            for e in self.fields.values():
                e.cross_error = ""
            self.name_error = ""
            for p in problems(self.figures()):
                key = p.key.removeprefix("--").replace("-", "_")
                if key == "name":
                    self.name_error = p.message
                elif key in self.fields and self.fields[key].isEnabled() and not self.fields[key].error:
                    self.fields[key].cross_error = p.message
            mp = self.municipality
            mp.name_error.setText(self.tr("Kommun eller enhet: %1").replace("%1", self.name_error)
                                    if self.name_error else "")
            mp.name_error.setVisible(bool(self.name_error))
            mp.name.setStyleSheet(INVALID_STYLE if self.name_error else "")
            for e in self.fields.values():
                e.mark()
            for pg in (self.municipality, self.cases, self.staff, self.measurement):
                pg.completeChanged.emit()
        finally:
            self._checking = False

    def summary(self) -> str:
        f = self.figures()
        parts = [f"<b>{f.name}</b>", self.tr("%1 orosanmälningar per år").replace("%1", f"{f.reports:.0f}"),
                 self.tr("%1 % till utredning").replace("%1", f"{100 * f.investigation_share:.0f}"),
                 self.tr("%1 socialsekreterartjänster").replace("%1", f"{f.posts:g}".replace(".", ","))]
        m = self.measurement
        if m.by_share.isChecked() and f.measured_contact is not None:
            parts.append(self.tr("uppmätt kontakttid %1").replace("%1", _pct(f.measured_contact)))
        elif m.by_file.isChecked() and m.table:
            parts.append(self.tr("tidsanvändningstabell med %1 kategorier").replace("%1", str(len(m.table))))
        return ", ".join(parts) + "."

    def suggested_file_name(self) -> str:
        name = "".join(c if c.isalnum() else "-" for c in self.municipality.name.text().strip().lower())
        return ("-".join(p for p in name.split("-") if p) or "enhet") + ".toml"
