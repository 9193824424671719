using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The Lupus Low Disease Activity State, <c>sle.lldas</c> (Franklyn K, Lau CS, Navarra SV, et al. Definition and initial
/// validation of a Lupus Low Disease Activity State (LLDAS). Ann Rheum Dis 2016;75(9):1615-21,
/// doi:10.1136/annrheumdis-2015-207726), with the standard maintenance doses of Golder V, et al. Arthritis Res Ther 2016,
/// doi:10.1186/s13075-016-1163-2 (Table 3).
/// </summary>
/// <remarks>
/// <para>
/// LLDAS needs all five criteria: (1) SLEDAI-2K ≤ 4 with no activity in a major organ system (renal, CNS,
/// cardiopulmonary, vasculitis, fever) and no haemolytic anaemia or gastrointestinal activity; (2) no new lupus activity
/// since the previous assessment; (3) physician global assessment (0–3) ≤ 1; (4) prednisolone-equivalent ≤ 7.5 mg/day;
/// (5) well-tolerated standard maintenance doses of immunosuppressants and approved biologics, excluding investigational
/// drugs. Thresholds come from the selected <see cref="TreatToTargetDefinitions"/>.
/// </para>
/// <para>
/// A criterion whose input is missing is unknown; the state is not met as soon as one criterion is not met, met when all
/// are met, and unknown otherwise (see <see cref="CriterionState"/>).
/// </para>
/// </remarks>
public sealed class LldasInstrument : DefinitionSetInstrument<LldasInput, LldasResult, TreatToTargetDefinitions>
{
    /// <summary>Creates the instrument with the registered variants (<see cref="TreatToTargetDefinitions.Default"/> first).</summary>
    public LldasInstrument()
        : this([TreatToTargetDefinitions.Default, TreatToTargetDefinitions.DorisStrict])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public LldasInstrument(IEnumerable<TreatToTargetDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.Lldas,
        Title = "Lupus Low Disease Activity State (LLDAS)",
        Sources = [TargetCitations.Franklyn2016, TargetCitations.Golder2016],
        Documentation = "docs/instruments/sle.lldas.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(LldasInput input, List<EvaluationDiagnostic> diagnostics) => Check(input, diagnostics);

    /// <inheritdoc/>
    protected override LldasResult ComputeCore(LldasInput input, TreatToTargetDefinitions definitions) => ComputeValid(input, definitions);

    private static void Check(LldasInput input, List<EvaluationDiagnostic> diagnostics)
    {
        SledaiChecks.Validate(input.Sledai, "$.sledai", diagnostics);
        SledaiChecks.ValidatePga(input.PhysicianGlobalAssessment, diagnostics);
        PrednisoneEquivalents.Validate(input.PrednisoneEquivalent, input.Glucocorticoids, diagnostics);
        for (var i = 0; i < input.MaintenanceDoses.Length; i++)
        {
            var dose = input.MaintenanceDoses[i];
            if (dose is null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", $"$.maintenanceDoses[{i}]"));
            }
            else if (dose.Regimen.Administrations is < 1 or > 24 || dose.Regimen.IntervalDays is < 1 or > 366)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.InvalidRegimen, "administrations must lie between 1 and 24 and intervalDays between 1 and 366", $"$.maintenanceDoses[{i}].regimen", value: DiagnosticValues.Of(dose.Regimen)));
            }
        }
    }

    /// <summary>Applies the definition without checking the input: for callers whose input is built from data already validated (the not-at-target rule builds it from scored visits, in-range assessments and absolute doses).</summary>
    /// <param name="input">The input, valid.</param>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The result.</returns>
    internal static LldasResult ComputeValid(LldasInput input, TreatToTargetDefinitions definitions)
    {
        var notes = new List<string>();
        var prednisone = PrednisoneEquivalents.Current(input.PrednisoneEquivalent, input.Glucocorticoids, definitions.UnknownRoute, notes);
        var doses = new MaintenanceDoseList(input.MaintenanceDoses);
        return Result(definitions, Observe(input, prednisone), ref doses, input.MaintenanceDoses.Length, notes);
    }

    /// <summary>
    /// Applies the definition to what an input would hold, with its maintenance regimens read in place: the result of
    /// <see cref="ComputeValid"/> for that input, but for the notes, which are kept only when a list is given (the notes of the
    /// input's glucocorticoids, if any, already in it).
    /// </summary>
    /// <typeparam name="TDoses">The maintenance regimens, in the order an input would list them.</typeparam>
    /// <param name="definitions">The definitions.</param>
    /// <param name="observed">What the input would hold, with the prednisone-equivalent dose in mg/day.</param>
    /// <param name="doses">The maintenance regimens.</param>
    /// <param name="doseCount">How many regimens <paramref name="doses"/> holds at most (sizes the criteria).</param>
    /// <param name="notes">Receives the notes, or <see langword="null"/> when the caller does not read them.</param>
    /// <returns>The result.</returns>
    internal static LldasResult Result<TDoses>(TreatToTargetDefinitions definitions, in LldasObservations observed, ref TDoses doses, int doseCount, List<string>? notes)
        where TDoses : struct, IMaintenanceRegimens
    {
        var criteria = ImmutableArray.CreateBuilder<CriterionCheck>(10 + doseCount);
        var sink = new CriterionList(criteria);
        Judge(ref sink, definitions, observed, ref doses, notes);
        var visit = observed.Sledai;
        // The state and the deciding criteria are read before the builder is handed over (which empties it).
        var state = CriterionCheck.All(criteria);
        var decidedBy = CriterionCheck.Deciding(criteria);
        return new LldasResult
        {
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            On = visit?.On,
            State = state,
            Sledai2kTotal = visit is null ? null : SledaiChecks.Total(visit),
            PrednisoneEquivalentMilligramsPerDay = observed.PrednisoneMilligramsPerDay,
            Criteria = criteria.Count == criteria.Capacity ? criteria.MoveToImmutable() : criteria.ToImmutable(),
            DecidedBy = decidedBy,
            Notes = notes is null ? [] : [.. notes],
        };
    }

    /// <summary>
    /// The state alone, as <see cref="ComputeValid"/> would return it in <see cref="LldasResult.State"/>, from the same checks
    /// but without composing a criterion, a text or a result: for a caller that only needs whether LLDAS holds (the
    /// not-at-target rule at every visit but the latest), with its maintenance regimens read in place.
    /// </summary>
    /// <typeparam name="TDoses">The maintenance regimens, in the order an input would list them.</typeparam>
    /// <param name="definitions">The definitions.</param>
    /// <param name="observed">What the input would hold, with the prednisone-equivalent dose already in mg/day (see <see cref="PrednisoneEquivalents.Current"/>).</param>
    /// <param name="doses">The maintenance regimens.</param>
    /// <returns>The state.</returns>
    internal static CriterionState StateOf<TDoses>(TreatToTargetDefinitions definitions, in LldasObservations observed, ref TDoses doses)
        where TDoses : struct, IMaintenanceRegimens
    {
        var sink = new CriterionStates();
        Judge(ref sink, definitions, observed, ref doses, null);
        return sink.State;
    }

    /// <summary>The state alone of an input, as <see cref="ComputeValid"/> would return it, without composing criteria or a result.</summary>
    /// <param name="input">The input, valid.</param>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The state.</returns>
    internal static CriterionState StateOf(LldasInput input, TreatToTargetDefinitions definitions)
    {
        var doses = new MaintenanceDoseList(input.MaintenanceDoses);
        var prednisone = PrednisoneEquivalents.Current(input.PrednisoneEquivalent, input.Glucocorticoids, definitions.UnknownRoute, null);
        return StateOf(definitions, Observe(input, prednisone), ref doses);
    }

    private static LldasObservations Observe(LldasInput input, decimal? prednisone) => new(
        input.Sledai,
        input.PhysicianGlobalAssessment,
        prednisone,
        input.HaemolyticAnaemia,
        input.GastrointestinalActivity,
        input.NewFeaturesSincePreviousAssessment,
        input.MaintenanceTherapyWellTolerated,
        input.InvestigationalDrug);

    // The five criteria of Franklyn 2016 (with a cap criterion per capped maintenance regimen), in the definition's
    // order, written to a sink: the full result and the state-only path read the same checks.
    private static void Judge<TSink, TDoses>(ref TSink sink, TreatToTargetDefinitions definitions, in LldasObservations observed, ref TDoses doses, List<string>? notes)
        where TSink : struct, ICriterionSink
        where TDoses : struct, IMaintenanceRegimens
    {
        var visit = observed.Sledai is { } entered ? SledaiChecks.Scored(entered) : null;
        int? total = visit is null ? null : SledaiChecks.Total(visit);
        var major = definitions.LldasMajorOrganSystems;
        int? majorCount = null;
        if (visit is not null)
        {
            var count = 0;
            foreach (var descriptor in visit.Present)
            {
                count += major.Contains(Sledai2kDescriptors.OrganSystem(descriptor)) ? 1 : 0;
            }

            majorCount = count;
        }

        const string noSledai = "a SLEDAI-2K visit (sledai)";

        // The descriptions print the set's thresholds (a tuned set shows its own), formatted once per set.
        var texts = TargetCriterionTexts.For(definitions);

        sink.Numeric(
            "lldas.sledai-2k",
            texts.LldasSledai2k,
            ComparisonOperator.LessThanOrEqual,
            definitions.LldasMaxSledai2k,
            total,
            missing: noSledai);
        sink.Numeric(
            "lldas.no-major-organ-activity",
            texts.MajorOrganActivity,
            ComparisonOperator.EqualTo,
            0m,
            majorCount,
            missing: noSledai);
        if (sink.KeepsCriteria)
        {
            sink.Note(majorCount is > 0
                ? "active: " + string.Join(", ", visit!.Present.Where(d => major.Contains(Sledai2kDescriptors.OrganSystem(d))).Select(d => d.ToString()))
                : majorCount is null ? noSledai : null);
        }

        sink.Flag("lldas.no-haemolytic-anaemia", "no haemolytic anaemia (Franklyn 2016, criterion 1; not a SLEDAI-2K item)", false, observed.HaemolyticAnaemia, "haemolyticAnaemia");
        sink.Flag("lldas.no-gastrointestinal-activity", "no gastrointestinal lupus activity (Franklyn 2016, criterion 1; not a SLEDAI-2K item)", false, observed.GastrointestinalActivity, "gastrointestinalActivity");
        sink.Flag("lldas.no-new-features", "no new features of lupus activity compared with the previous assessment (Franklyn 2016, criterion 2)", false, observed.NewFeaturesSincePreviousAssessment, "newFeaturesSincePreviousAssessment");
        sink.Numeric(
            "lldas.physician-global-assessment",
            texts.LldasPhysicianGlobalAssessment,
            ComparisonOperator.LessThanOrEqual,
            definitions.LldasMaxPhysicianGlobalAssessment,
            observed.PhysicianGlobalAssessment,
            missing: "physicianGlobalAssessment");
        sink.Numeric(
            "lldas.prednisone-equivalent",
            texts.LldasPrednisone,
            ComparisonOperator.LessThanOrEqual,
            definitions.LldasMaxPrednisoneMilligramsPerDay,
            observed.PrednisoneMilligramsPerDay,
            QuantityUnit.Milligram,
            PrednisoneEquivalents.Missing);
        sink.Flag("lldas.maintenance-tolerated", "immunosuppressants and approved biologics, if any, at well-tolerated standard maintenance doses (Franklyn 2016, criterion 5)", true, observed.MaintenanceTherapyWellTolerated, "maintenanceTherapyWellTolerated");
        for (var i = 0; doses.Next(out var therapy, out var regimen); i++)
        {
            MaintenanceDoseCap? cap = null;
            foreach (var candidate in definitions.LldasMaintenanceDoseCaps)
            {
                if (candidate.Therapy == therapy)
                {
                    cap = candidate;
                    break;
                }
            }

            if (cap is null)
            {
                notes?.Add($"maintenanceDoses[{i}]: no standard maintenance dose cap for '{therapy}'; judged by maintenanceTherapyWellTolerated only");
                continue;
            }

            decimal? perPeriod = regimen.Dose.IsWeightBased ? null : regimen.Dose.ToMilligrams().Value * regimen.Administrations * cap.PeriodDays / regimen.IntervalDays;
            var (id, description) = sink.KeepsCriteria ? texts.MaintenanceDose(cap) : (string.Empty, string.Empty);
            sink.Numeric(
                id,
                description,
                ComparisonOperator.LessThanOrEqual,
                cap.MaxDose.ToMilligrams().Value,
                perPeriod,
                QuantityUnit.Milligram,
                "an absolute (mg) maintenance dose; a mg/kg regimen cannot be compared with the cap");
        }

        sink.Flag("lldas.no-investigational-drug", "no investigational drug (Franklyn 2016, criterion 5)", false, observed.InvestigationalDrug, "investigationalDrug");
    }

    // An input's maintenance doses, in order.
    private struct MaintenanceDoseList(ImmutableArray<MaintenanceDose> doses) : IMaintenanceRegimens
    {
        private int _next;

        public bool Next(out TherapyId therapy, out DoseRegimen regimen)
        {
            if (_next < doses.Length)
            {
                var dose = doses[_next++];
                (therapy, regimen) = (dose.Therapy, dose.Regimen);
                return true;
            }

            (therapy, regimen) = (default, null!);
            return false;
        }
    }
}

/// <summary>What <see cref="LldasInstrument"/> judges, read from an <see cref="LldasInput"/> (or by a caller from a profile), with the prednisone-equivalent dose in mg/day.</summary>
/// <param name="Sledai">The SLEDAI-2K visit.</param>
/// <param name="PhysicianGlobalAssessment">The physician global assessment (0-3).</param>
/// <param name="PrednisoneMilligramsPerDay">The current prednisone-equivalent dose, mg/day (<see cref="PrednisoneEquivalents.Current"/>).</param>
/// <param name="HaemolyticAnaemia">Whether haemolytic anaemia is present.</param>
/// <param name="GastrointestinalActivity">Whether gastrointestinal lupus activity is present.</param>
/// <param name="NewFeaturesSincePreviousAssessment">Whether new features of activity appeared.</param>
/// <param name="MaintenanceTherapyWellTolerated">Whether maintenance therapy is well tolerated.</param>
/// <param name="InvestigationalDrug">Whether an investigational drug is taken.</param>
internal readonly record struct LldasObservations(
    Sledai2kVisit? Sledai,
    decimal? PhysicianGlobalAssessment,
    decimal? PrednisoneMilligramsPerDay,
    bool? HaemolyticAnaemia,
    bool? GastrointestinalActivity,
    bool? NewFeaturesSincePreviousAssessment,
    bool? MaintenanceTherapyWellTolerated,
    bool? InvestigationalDrug);

/// <summary>Maintenance regimens handed to <see cref="LldasInstrument"/> one at a time, in the order an <see cref="LldasInput.MaintenanceDoses"/> would list them.</summary>
internal interface IMaintenanceRegimens
{
    /// <summary>Moves to the next regimen.</summary>
    /// <param name="therapy">The therapy.</param>
    /// <param name="regimen">Its regimen.</param>
    /// <returns>Whether there was one.</returns>
    bool Next(out TherapyId therapy, out DoseRegimen regimen);
}

/// <summary>The input of <see cref="LldasInstrument"/> (<c>sle.lldas</c>). Every part is optional: a missing part makes its criterion unknown.</summary>
public sealed record LldasInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the instrument's default (<c>sle.treat-to-target.default</c>).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the SLEDAI-2K visit: descriptors present and attributed to lupus (scored) and those due to another cause (not scored).</summary>
    /// <value><see langword="null"/> when not assessed: the SLEDAI-2K and major-organ criteria are unknown.</value>
    public Sledai2kVisit? Sledai { get; init; }

    /// <summary>Gets the physician global assessment on the 0–3 scale.</summary>
    /// <value><see langword="null"/> when not assessed.</value>
    public decimal? PhysicianGlobalAssessment { get; init; }

    /// <summary>Gets the current prednisone-equivalent dose per day, when the caller has computed it (0 mg when none is taken).</summary>
    /// <value><see langword="null"/> when <see cref="Glucocorticoids"/> is given instead, or when the dose is unknown.</value>
    public Dose? PrednisoneEquivalent { get; init; }

    /// <summary>Gets the glucocorticoids taken, converted with <see cref="GlucocorticoidEquivalence"/>; give these or <see cref="PrednisoneEquivalent"/>, not both.</summary>
    public ImmutableArray<GlucocorticoidDose> Glucocorticoids { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether haemolytic anaemia is present.</summary>
    /// <value><see langword="null"/> when not known.</value>
    public bool? HaemolyticAnaemia { get; init; }

    /// <summary>Gets whether gastrointestinal lupus activity is present.</summary>
    /// <value><see langword="null"/> when not known.</value>
    public bool? GastrointestinalActivity { get; init; }

    /// <summary>Gets whether new features of lupus activity appeared since the previous assessment.</summary>
    /// <value><see langword="null"/> when not known (for example at a first assessment without comparison).</value>
    public bool? NewFeaturesSincePreviousAssessment { get; init; }

    /// <summary>Gets whether immunosuppressants and approved biologics, if any, are taken at well-tolerated standard maintenance doses (<see langword="true"/> also when none is taken).</summary>
    /// <value><see langword="null"/> when not known.</value>
    public bool? MaintenanceTherapyWellTolerated { get; init; }

    /// <summary>Gets whether an investigational drug is taken.</summary>
    /// <value><see langword="null"/> when not known.</value>
    public bool? InvestigationalDrug { get; init; }

    /// <summary>Gets maintenance regimens to compare with the standard maintenance dose caps (each capped therapy adds a criterion); optional.</summary>
    public ImmutableArray<MaintenanceDose> MaintenanceDoses { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>A maintenance regimen of an immunosuppressant or biologic, compared with <see cref="TreatToTargetDefinitions.LldasMaintenanceDoseCaps"/>.</summary>
public sealed record MaintenanceDose
{
    /// <summary>Gets the therapy.</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the regimen; its average daily dose times the cap's period is compared with the cap.</summary>
    public required DoseRegimen Regimen { get; init; }
}

/// <summary>The result of <see cref="LldasInstrument"/>: the state, every criterion with its threshold and observed value, and which criteria decided.</summary>
public sealed record LldasResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the date of the SLEDAI-2K visit.</summary>
    /// <value><see langword="null"/> when no visit was given.</value>
    public DateOnly? On { get; init; }

    /// <summary>Gets whether the patient is in LLDAS: met, not met, or unknown because an input is missing.</summary>
    public required CriterionState State { get; init; }

    /// <summary>Gets the SLEDAI-2K total.</summary>
    /// <value><see langword="null"/> when no visit was given.</value>
    public int? Sledai2kTotal { get; init; }

    /// <summary>Gets the prednisone-equivalent dose, mg/day.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public decimal? PrednisoneEquivalentMilligramsPerDay { get; init; }

    /// <summary>Gets every criterion, in the definition's order.</summary>
    public ImmutableArray<CriterionCheck> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the ids of the criteria that decided the state: the unmet ones, else the unknown ones, else all.</summary>
    public ImmutableArray<string> DecidedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets remarks: assumptions made (for example an unrecorded glucocorticoid route) and entries not used.</summary>
    public ImmutableArray<string> Notes { get; init => field = value.IsDefault ? [] : value; } = [];
}
