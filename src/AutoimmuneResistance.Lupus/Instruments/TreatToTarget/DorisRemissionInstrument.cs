using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// DORIS 2021 remission in SLE, <c>sle.doris-remission</c> (van Vollenhoven RF, Bertsias G, Doria A, et al. 2021 DORIS
/// definition of remission in SLE: final recommendations from an international task force. Lupus Sci Med
/// 2021;8(1):e000538, doi:10.1136/lupus-2021-000538).
/// </summary>
/// <remarks>
/// <para>
/// Remission needs all of: clinical SLEDAI-2K (SLEDAI-2K without low complement and anti-dsDNA) = 0; physician global
/// assessment (0–3) &lt; 0.5; prednisolone-equivalent ≤ 5 mg/day (abstract wording; the Table 2 text says &lt; 5, selectable
/// with <c>sle.treat-to-target.doris-strict</c>); antimalarials, immunosuppressants and biologics only at stable
/// maintenance doses. It is a point-in-time state with no duration requirement. Serology is ignored.
/// </para>
/// <para>
/// A criterion whose input is missing is unknown; the state is not met as soon as one criterion is not met, met when all
/// are met, and unknown otherwise (see <see cref="CriterionState"/>).
/// </para>
/// </remarks>
public sealed class DorisRemissionInstrument : DefinitionSetInstrument<DorisRemissionInput, DorisRemissionResult, TreatToTargetDefinitions>
{
    /// <summary>Creates the instrument with the registered variants (<see cref="TreatToTargetDefinitions.Default"/> first).</summary>
    public DorisRemissionInstrument()
        : this([TreatToTargetDefinitions.Default, TreatToTargetDefinitions.DorisStrict])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public DorisRemissionInstrument(IEnumerable<TreatToTargetDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.DorisRemission,
        Title = "DORIS 2021 remission",
        Sources = [TargetCitations.VanVollenhoven2021],
        Documentation = "docs/instruments/sle.doris-remission.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(DorisRemissionInput input, List<EvaluationDiagnostic> diagnostics) => Check(input, diagnostics);

    /// <inheritdoc/>
    protected override DorisRemissionResult ComputeCore(DorisRemissionInput input, TreatToTargetDefinitions definitions) => ComputeValid(input, definitions);

    private static void Check(DorisRemissionInput input, List<EvaluationDiagnostic> diagnostics)
    {
        SledaiChecks.Validate(input.Sledai, "$.sledai", diagnostics);
        SledaiChecks.ValidatePga(input.PhysicianGlobalAssessment, diagnostics);
        PrednisoneEquivalents.Validate(input.PrednisoneEquivalent, input.Glucocorticoids, diagnostics);
    }

    /// <summary>Applies the definition without checking the input: for callers whose input is built from data already validated (the not-at-target rule builds it from scored visits, in-range assessments and absolute doses).</summary>
    /// <param name="input">The input, valid.</param>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The result.</returns>
    internal static DorisRemissionResult ComputeValid(DorisRemissionInput input, TreatToTargetDefinitions definitions)
    {
        var notes = new List<string>();
        var prednisone = PrednisoneEquivalents.Current(input.PrednisoneEquivalent, input.Glucocorticoids, definitions.UnknownRoute, notes);
        var result = Result(definitions, input.Sledai, input.PhysicianGlobalAssessment, prednisone, input.StableMaintenanceTherapy);
        return notes.Count == 0 ? result : result with { Notes = [.. notes] };
    }

    /// <summary>Applies the definition to what an input would hold: the result of <see cref="ComputeValid"/> for that input, without its notes.</summary>
    /// <param name="definitions">The definitions.</param>
    /// <param name="sledai">The SLEDAI-2K visit, if any.</param>
    /// <param name="physicianGlobalAssessment">The physician global assessment (0-3), if any.</param>
    /// <param name="prednisoneMilligramsPerDay">The current prednisone-equivalent dose, mg/day (<see cref="PrednisoneEquivalents.Current"/>), if known.</param>
    /// <param name="stableMaintenanceTherapy">Whether maintenance therapy is stable, if known.</param>
    /// <returns>The result.</returns>
    internal static DorisRemissionResult Result(TreatToTargetDefinitions definitions, Sledai2kVisit? sledai, decimal? physicianGlobalAssessment, decimal? prednisoneMilligramsPerDay, bool? stableMaintenanceTherapy)
    {
        int? clinical = sledai is null ? null : SledaiChecks.ClinicalTotal(sledai);
        var criteria = ImmutableArray.CreateBuilder<CriterionCheck>(4);
        var sink = new CriterionList(criteria);
        Judge(ref sink, definitions, clinical, physicianGlobalAssessment, prednisoneMilligramsPerDay, stableMaintenanceTherapy);
        // The state and the deciding criteria are read before the builder is handed over (which empties it).
        var state = CriterionCheck.All(criteria);
        var decidedBy = CriterionCheck.Deciding(criteria);
        return new DorisRemissionResult
        {
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            On = sledai?.On,
            State = state,
            ClinicalSledai2k = clinical,
            PrednisoneEquivalentMilligramsPerDay = prednisoneMilligramsPerDay,
            Criteria = criteria.Count == criteria.Capacity ? criteria.MoveToImmutable() : criteria.ToImmutable(),
            DecidedBy = decidedBy,
        };
    }

    /// <summary>
    /// The state alone, as <see cref="ComputeValid"/> would return it in <see cref="DorisRemissionResult.State"/>, from the same
    /// checks but without composing a criterion, a text or a result (the not-at-target rule at every visit but the latest).
    /// </summary>
    /// <param name="definitions">The definitions.</param>
    /// <param name="sledai">The SLEDAI-2K visit, if any.</param>
    /// <param name="physicianGlobalAssessment">The physician global assessment (0-3), if any.</param>
    /// <param name="prednisoneMilligramsPerDay">The current prednisone-equivalent dose, mg/day (<see cref="PrednisoneEquivalents.Current"/>), if known.</param>
    /// <param name="stableMaintenanceTherapy">Whether maintenance therapy is stable, if known.</param>
    /// <returns>The state.</returns>
    internal static CriterionState StateOf(TreatToTargetDefinitions definitions, Sledai2kVisit? sledai, decimal? physicianGlobalAssessment, decimal? prednisoneMilligramsPerDay, bool? stableMaintenanceTherapy)
    {
        var sink = new CriterionStates();
        Judge(ref sink, definitions, sledai is null ? null : SledaiChecks.ClinicalTotal(sledai), physicianGlobalAssessment, prednisoneMilligramsPerDay, stableMaintenanceTherapy);
        return sink.State;
    }

    /// <summary>The state alone of an input, as <see cref="ComputeValid"/> would return it, without composing criteria or a result.</summary>
    /// <param name="input">The input, valid.</param>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The state.</returns>
    internal static CriterionState StateOf(DorisRemissionInput input, TreatToTargetDefinitions definitions) => StateOf(
        definitions,
        input.Sledai,
        input.PhysicianGlobalAssessment,
        PrednisoneEquivalents.Current(input.PrednisoneEquivalent, input.Glucocorticoids, definitions.UnknownRoute, null),
        input.StableMaintenanceTherapy);

    // The four criteria of van Vollenhoven 2021, in the definition's order, written to a sink: the full result and the
    // state-only path read the same checks.
    private static void Judge<TSink>(ref TSink sink, TreatToTargetDefinitions definitions, int? clinical, decimal? physicianGlobalAssessment, decimal? prednisone, bool? stableMaintenanceTherapy)
        where TSink : struct, ICriterionSink
    {
        // The descriptions print the set's thresholds and operators (a tuned set shows its own), formatted once per set.
        var texts = TargetCriterionTexts.For(definitions);
        sink.Numeric(
            "doris.clinical-sledai-2k",
            texts.DorisClinicalSledai2k,
            ComparisonOperator.EqualTo,
            definitions.DorisClinicalSledai2k,
            clinical,
            missing: "a SLEDAI-2K visit (sledai)");
        sink.Numeric(
            "doris.physician-global-assessment",
            texts.DorisPhysicianGlobalAssessment,
            ComparisonOperator.LessThan,
            definitions.DorisPhysicianGlobalAssessmentBelow,
            physicianGlobalAssessment,
            missing: "physicianGlobalAssessment");
        sink.Numeric(
            "doris.prednisone-equivalent",
            texts.DorisPrednisone,
            definitions.DorisPrednisoneOperator,
            definitions.DorisPrednisoneMilligramsPerDay,
            prednisone,
            QuantityUnit.Milligram,
            PrednisoneEquivalents.Missing);
        sink.Flag(
            "doris.stable-maintenance-therapy",
            "antimalarials, immunosuppressants and biologics, if any, at stable maintenance doses (van Vollenhoven 2021)",
            true,
            stableMaintenanceTherapy,
            "stableMaintenanceTherapy");
    }
}

/// <summary>The input of <see cref="DorisRemissionInstrument"/> (<c>sle.doris-remission</c>). Every part is optional: a missing part makes its criterion unknown.</summary>
public sealed record DorisRemissionInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the instrument's default (<c>sle.treat-to-target.default</c>, prednisolone ≤ 5 mg/day).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the SLEDAI-2K visit; the serological descriptors are ignored.</summary>
    /// <value><see langword="null"/> when not assessed.</value>
    public Sledai2kVisit? Sledai { get; init; }

    /// <summary>Gets the physician (evaluator) global assessment on the 0–3 scale.</summary>
    /// <value><see langword="null"/> when not assessed.</value>
    public decimal? PhysicianGlobalAssessment { get; init; }

    /// <summary>Gets the current prednisone-equivalent dose per day, when the caller has computed it (0 mg when none is taken).</summary>
    /// <value><see langword="null"/> when <see cref="Glucocorticoids"/> is given instead, or when the dose is unknown.</value>
    public Dose? PrednisoneEquivalent { get; init; }

    /// <summary>Gets the glucocorticoids taken, converted with <see cref="GlucocorticoidEquivalence"/>; give these or <see cref="PrednisoneEquivalent"/>, not both.</summary>
    public ImmutableArray<GlucocorticoidDose> Glucocorticoids { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether antimalarials, immunosuppressants and biologics, if any, are at stable maintenance doses (<see langword="true"/> also when none is taken; changes for side effects, adherence or pregnancy do not count as instability).</summary>
    /// <value><see langword="null"/> when not known.</value>
    public bool? StableMaintenanceTherapy { get; init; }
}

/// <summary>The result of <see cref="DorisRemissionInstrument"/>: the state, every criterion with its threshold and observed value, and which criteria decided.</summary>
public sealed record DorisRemissionResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the date of the SLEDAI-2K visit.</summary>
    /// <value><see langword="null"/> when no visit was given.</value>
    public DateOnly? On { get; init; }

    /// <summary>Gets whether the patient is in DORIS remission: met, not met, or unknown because an input is missing.</summary>
    public required CriterionState State { get; init; }

    /// <summary>Gets the clinical SLEDAI-2K total (serology excluded).</summary>
    /// <value><see langword="null"/> when no visit was given.</value>
    public int? ClinicalSledai2k { get; init; }

    /// <summary>Gets the prednisone-equivalent dose, mg/day.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public decimal? PrednisoneEquivalentMilligramsPerDay { get; init; }

    /// <summary>Gets every criterion, in the definition's order.</summary>
    public ImmutableArray<CriterionCheck> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the ids of the criteria that decided the state: the unmet ones, else the unknown ones, else all.</summary>
    public ImmutableArray<string> DecidedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets remarks: assumptions made (for example an unrecorded glucocorticoid route).</summary>
    public ImmutableArray<string> Notes { get; init => field = value.IsDefault ? [] : value; } = [];
}
