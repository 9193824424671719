using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Lupus nephritis renal response, <c>sle.lupus-nephritis-response</c>, under the selected
/// <see cref="NephritisResponseDefinitions"/> variant: EULAR/ERA-EDTA 2019 (Fanouriakis A, et al. Ann Rheum Dis
/// 2020;79:713-23, doi:10.1136/annrheumdis-2020-216924; early targets per Kostopoulou M, et al. RMD Open 2020;6:e001263,
/// doi:10.1136/rmdopen-2020-001263) or KDIGO 2024 (Kidney Int 2024;105(1S):S1-S69).
/// </summary>
/// <remarks>
/// <para>
/// The latest follow-up proteinuria is compared with the baseline. Complete response: proteinuria below the variant's
/// cut-off (EULAR &lt; 0.7, KDIGO &lt; 0.5 g/g) with stable kidney function. Partial response: ≥ 50 % reduction to &lt; 3 g/g
/// with stable kidney function. Stable kidney function: the latest eGFR on or before the assessment is at least
/// (100 − 15) % of baseline. When neither is reached, the result is "no response" once 6 months have passed since the
/// start of treatment and "too early" before. The early targets (≥ 25 % by 3 months, ≥ 50 % by 6 months) are reported
/// beside the response.
/// </para>
/// <para>
/// Baseline and follow-up proteinuria must be of one kind: spot ratios (g/g and mg/mmol convert exactly through
/// creatinine's 113.12 g/mol for the percentage change) or 24-hour excretions, never mixed. Each value is compared with
/// the threshold stated in its own unit.
/// </para>
/// </remarks>
public sealed class NephritisResponseInstrument : DefinitionSetInstrument<NephritisResponseInput, NephritisResponseResult, NephritisResponseDefinitions>
{
    /// <summary>The highest accepted eGFR, mL/min/1.73 m² (250; a plausibility bound of the library).</summary>
    public const decimal MaxEgfr = 250m;

    /// <summary>Creates the instrument with both published variants (EULAR/ERA-EDTA 2019 first, the default).</summary>
    public NephritisResponseInstrument()
        : this([NephritisResponseDefinitions.EularEraEdta2019, NephritisResponseDefinitions.Kdigo2024])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public NephritisResponseInstrument(IEnumerable<NephritisResponseDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.NephritisResponse,
        Title = "Lupus nephritis renal response (EULAR/ERA-EDTA 2019 or KDIGO 2024)",
        Sources = [TargetCitations.Fanouriakis2020, TargetCitations.Kostopoulou2020, TargetCitations.Kdigo2024],
        Documentation = "docs/instruments/sle.lupus-nephritis-response.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(NephritisResponseInput input, List<EvaluationDiagnostic> diagnostics) => Check(input, diagnostics);

    /// <inheritdoc/>
    protected override NephritisResponseResult ComputeCore(NephritisResponseInput input, NephritisResponseDefinitions definitions) => ComputeValid(input, definitions);

    private static void Check(NephritisResponseInput input, List<EvaluationDiagnostic> diagnostics)
    {
        if (input.Baseline is not { } baseline)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "a baseline measurement is required", "$.baseline"));
            return;
        }

        if (baseline.Proteinuria is not { } baselineProtein)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "the baseline needs a proteinuria value", "$.baseline.proteinuria"));
        }
        else if (baselineProtein.Value == 0m)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.ZeroBaselineProteinuria, "the baseline proteinuria is zero, so no relative change can be computed", "$.baseline.proteinuria", value: baselineProtein.ToString()));
        }

        CheckEgfr(baseline.Egfr, "$.baseline.egfr", requirePositive: true, diagnostics);
        if (input.TreatmentStart is { } start && input.FollowUps.Any(f => f is not null && f.On < start))
        {
            var earliest = input.FollowUps.Where(f => f is not null).Min(f => f.On);
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "a follow-up precedes the start of treatment", "$.treatmentStart", value: DiagnosticValues.WithReference(start, "earliest follow-up", earliest)));
        }

        for (var i = 0; i < input.FollowUps.Length; i++)
        {
            var path = $"$.followUps[{i}]";
            if (input.FollowUps[i] is not { } followUp)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", path));
                continue;
            }

            if (followUp.On <= baseline.On)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "a follow-up must be dated after the baseline", $"{path}.on", value: DiagnosticValues.WithReference(followUp.On, "baseline", baseline.On)));
            }

            if (followUp.Proteinuria is { } protein && baseline.Proteinuria is { } reference && protein.IsRatio != reference.IsRatio)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.ProteinuriaKindMismatch, "baseline and follow-up proteinuria must both be spot ratios (g/g, mg/mmol) or both 24-hour excretions", $"{path}.proteinuria", value: $"{protein} (baseline {reference})"));
            }

            CheckEgfr(followUp.Egfr, $"{path}.egfr", requirePositive: false, diagnostics);
        }

        // A positive baseline so close to zero that a follow-up's relative change leaves the range of numbers the
        // instrument computes with (a value near 0, not a measurement) cannot be compared with, like a zero baseline.
        if (baseline.Proteinuria is { Value: > 0m } positiveBaseline
            && input.FollowUps.Any(f => f?.Proteinuria is { } p && p.IsRatio == positiveBaseline.IsRatio && !CanCompare(positiveBaseline, p)))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.ZeroBaselineProteinuria, "the baseline proteinuria is too close to zero for the relative change of a follow-up to be computed", "$.baseline.proteinuria", value: positiveBaseline.ToString()));
        }

        if (baseline.Egfr is { Value: > 0m } baselineEgfr && input.FollowUps.Any(f => f?.Egfr is { } e && !Decimals.CanDivide(e.Value, baselineEgfr.Value)))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.InvalidEgfr, "the baseline eGFR is too close to zero for a follow-up eGFR to be expressed as a percentage of it", "$.baseline.egfr", value: baselineEgfr.ToString()));
        }
    }

    /// <summary>Whether the relative change of <paramref name="value"/> from a positive <paramref name="baseline"/> of the same kind can be computed.</summary>
    /// <param name="baseline">The baseline proteinuria, above 0.</param>
    /// <param name="value">A follow-up proteinuria of the same kind (ratio or 24-hour excretion).</param>
    /// <returns><see langword="true"/> when <see cref="Reduction(Proteinuria, Proteinuria)"/> stays in decimal range.</returns>
    internal static bool CanCompare(Proteinuria baseline, Proteinuria value) =>
        Decimals.CanDivide(value.ConvertTo(baseline.Unit).Value, baseline.Value);

    private static void CheckEgfr(Quantity? egfr, string path, bool requirePositive, List<EvaluationDiagnostic> diagnostics)
    {
        if (egfr is not { } value)
        {
            return;
        }

        if (value.Unit != QuantityUnit.MilliliterPerMinutePer1_73SquareMeter || value.Value > MaxEgfr || (requirePositive && value.Value <= 0m))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.InvalidEgfr, "an eGFR is in mL/min/{1.73_m2}, at most 250 (and positive at baseline)", path, value: value.ToString()));
        }
    }

    private static NephritisResponseResult ComputeValid(NephritisResponseInput input, NephritisResponseDefinitions definitions)
    {
        var baseline = input.Baseline;
        var baselineProtein = baseline.Proteinuria!.Value;
        var timeZero = input.TreatmentStart ?? baseline.On;
        var ordered = input.FollowUps.OrderBy(f => f.On).ToList();
        var latest = ordered.LastOrDefault(f => f.Proteinuria is not null);
        var dueOn = timeZero.AddMonths(definitions.ResponseAssessmentMonths);
        var notes = new List<string>();

        decimal? reduction = latest is null ? null : Reduction(baselineProtein, latest.Proteinuria!.Value);
        var latestProtein = latest?.Proteinuria;
        var unit = latestProtein?.Unit ?? baselineProtein.Unit;
        var egfr = latest is null ? null : ordered.LastOrDefault(f => f.Egfr is not null && f.On <= latest.On)?.Egfr;
        decimal? egfrPercent = egfr is { } e && baseline.Egfr is { } b ? e.Value / b.Value * 100m : null;
        var unitSymbol = UnitText(unit);

        var complete = CriterionCheck.Numeric(
            "ln.complete.proteinuria",
            string.Create(CultureInfo.InvariantCulture, $"proteinuria < {definitions.CompleteResponseBelow.In(unit)} {unitSymbol} ({definitions.Id})"),
            ComparisonOperator.LessThan,
            definitions.CompleteResponseBelow.In(unit),
            latestProtein?.Value,
            unit,
            "a follow-up proteinuria");
        var kidney = CriterionCheck.Numeric(
            "ln.kidney-function",
            string.Create(CultureInfo.InvariantCulture, $"eGFR at least {100m - definitions.KidneyFunctionTolerancePercent} % of baseline (stable or improved kidney function; tolerance {definitions.KidneyFunctionTolerancePercent} %)"),
            ComparisonOperator.GreaterThanOrEqual,
            100m - definitions.KidneyFunctionTolerancePercent,
            egfrPercent,
            QuantityUnit.Percent,
            baseline.Egfr is null ? "a baseline eGFR" : "a follow-up eGFR on or before the latest proteinuria");
        var partialReduction = CriterionCheck.Numeric(
            "ln.partial.reduction",
            string.Create(CultureInfo.InvariantCulture, $"proteinuria reduced by >= {definitions.PartialResponseMinReductionPercent} % from baseline"),
            ComparisonOperator.GreaterThanOrEqual,
            definitions.PartialResponseMinReductionPercent,
            reduction,
            QuantityUnit.Percent,
            "a follow-up proteinuria");
        var partialLevel = CriterionCheck.Numeric(
            "ln.partial.proteinuria",
            string.Create(CultureInfo.InvariantCulture, $"proteinuria < {definitions.PartialResponseBelow.In(unit)} {unitSymbol}"),
            ComparisonOperator.LessThan,
            definitions.PartialResponseBelow.In(unit),
            latestProtein?.Value,
            unit,
            "a follow-up proteinuria");
        var time = CriterionCheck.Flag(
            "ln.assessment-time-reached",
            string.Create(CultureInfo.InvariantCulture, $"latest proteinuria on or after {dueOn:O} ({definitions.ResponseAssessmentMonths} months from the start of treatment), when no response can be concluded"),
            true,
            latest is null ? null : latest.On >= dueOn,
            "a follow-up proteinuria");

        var completeState = CriterionCheck.All([complete.State, kidney.State]);
        var partialState = CriterionCheck.All([partialReduction.State, partialLevel.State, kidney.State]);
        NephritisResponseCategory category;
        ImmutableArray<string> decidedBy;
        if (latest is null)
        {
            category = NephritisResponseCategory.Unknown;
            decidedBy = [complete.Id];
            notes.Add("no follow-up proteinuria");
        }
        else if (completeState == CriterionState.Met)
        {
            category = NephritisResponseCategory.Complete;
            decidedBy = [complete.Id, kidney.Id];
        }
        else if (partialState == CriterionState.Met)
        {
            category = NephritisResponseCategory.Partial;
            decidedBy = [partialReduction.Id, partialLevel.Id, kidney.Id];
        }
        else if (time.State == CriterionState.NotMet)
        {
            category = NephritisResponseCategory.TooEarly;
            decidedBy = [time.Id];
        }
        else if (completeState == CriterionState.NotMet && partialState == CriterionState.NotMet)
        {
            category = NephritisResponseCategory.NoResponse;
            decidedBy = [.. new[] { complete, kidney, partialReduction, partialLevel }.Where(c => c.State == CriterionState.NotMet).Select(c => c.Id).Distinct()];
        }
        else
        {
            category = NephritisResponseCategory.Unknown;
            decidedBy = [.. new[] { complete, kidney, partialReduction, partialLevel }.Where(c => c.State == CriterionState.Unknown).Select(c => c.Id).Distinct()];
        }

        return new NephritisResponseResult
        {
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            TreatmentStart = timeZero,
            AssessedOn = latest?.On,
            ResponseAssessmentDueOn = dueOn,
            CompleteResponseTargetOn = timeZero.AddMonths(definitions.CompleteResponseTargetMonths),
            Response = category,
            ProteinuriaReductionPercent = Decimals.Normalize(reduction),
            EgfrPercentOfBaseline = Decimals.Normalize(egfrPercent),
            Criteria = [complete, kidney, partialReduction, partialLevel, time],
            DecidedBy = decidedBy,
            EarlyTargets = [.. definitions.EarlyTargets.Select(t => EarlyTarget(t, timeZero, baselineProtein, ordered, definitions.EarlyTargetWindowDays))],
            Notes = [.. notes],
        };
    }

    private static NephritisEarlyTargetResult EarlyTarget(NephritisEarlyTarget target, DateOnly timeZero, Proteinuria baseline, List<RenalMeasurement> ordered, int windowDays)
    {
        var due = timeZero.AddMonths(target.Months);
        var latestAllowed = due.AddDays(windowDays);
        var earliestNear = due.AddDays(-windowDays);
        var candidates = ordered.Where(f => f.Proteinuria is not null && f.On > timeZero && f.On <= latestAllowed)
            .Select(f => (f.On, Reduction: Reduction(baseline, f.Proteinuria!.Value)))
            .ToList();
        var best = candidates.Where(c => c.Reduction >= target.MinReductionPercent).Select(c => ((DateOnly On, decimal Reduction)?)c).FirstOrDefault();
        CriterionState state;
        (DateOnly On, decimal Reduction)? used;
        if (best is not null)
        {
            state = CriterionState.Met;
            used = best;
        }
        else if (candidates.Any(c => c.On >= earliestNear))
        {
            state = CriterionState.NotMet;
            used = candidates[^1];
        }
        else
        {
            state = CriterionState.Unknown;
            used = candidates.Count == 0 ? null : candidates[^1];
        }

        return new NephritisEarlyTargetResult
        {
            Months = target.Months,
            DueOn = due,
            Check = new CriterionCheck
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"ln.early-target.{target.Months}-months"),
                Description = string.Create(CultureInfo.InvariantCulture, $"proteinuria reduced by >= {target.MinReductionPercent} % by {target.Months} months (EULAR/ERA-EDTA 2019; Kostopoulou 2020); measurements up to {windowDays} days after {due:O} count"),
                Operator = ComparisonOperator.GreaterThanOrEqual,
                Threshold = target.MinReductionPercent,
                Unit = QuantityUnit.Percent,
                Observed = Decimals.Normalize(used?.Reduction),
                State = state,
                Note = state == CriterionState.Unknown
                    ? string.Create(CultureInfo.InvariantCulture, $"a proteinuria measured between {earliestNear:O} and {latestAllowed:O}")
                    : null,
            },
            MeasurementOn = used?.On,
        };
    }

    internal static decimal Reduction(Proteinuria baseline, Proteinuria value)
    {
        var unit = baseline.Unit;
        var converted = value.ConvertTo(unit).Value;
        return (baseline.Value - converted) / baseline.Value * 100m;
    }

    private static string UnitText(QuantityUnit unit) => unit switch
    {
        QuantityUnit.GramPerGram => "g/g",
        QuantityUnit.MilligramPerMillimole => "mg/mmol",
        _ => "g/24 h",
    };
}

/// <summary>The input of <see cref="NephritisResponseInstrument"/> (<c>sle.lupus-nephritis-response</c>).</summary>
public sealed record NephritisResponseInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the default (<c>sle.ln-response.eular-era-edta-2019</c>).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the first day of the induction treatment, from which assessment times run.</summary>
    /// <value><see langword="null"/> to use the baseline date.</value>
    public DateOnly? TreatmentStart { get; init; }

    /// <summary>Gets the baseline measurement (proteinuria required; eGFR needed for the kidney-function criterion).</summary>
    public required RenalMeasurement Baseline { get; init; }

    /// <summary>Gets the follow-up measurements, each dated after the baseline; the latest with proteinuria is assessed.</summary>
    public ImmutableArray<RenalMeasurement> FollowUps { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>A dated proteinuria (UPCR, LOINC 2890-2, or 24-hour protein, LOINC 2889-4) and eGFR (LOINC 98979-8, 62238-1 or 33914-3; keep one equation).</summary>
public sealed record RenalMeasurement
{
    /// <summary>Gets the specimen date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the proteinuria.</summary>
    /// <value><see langword="null"/> when not measured.</value>
    public Proteinuria? Proteinuria { get; init; }

    /// <summary>Gets the eGFR in mL/min/1.73 m² (<c>mL/min/{1.73_m2}</c>).</summary>
    /// <value><see langword="null"/> when not measured.</value>
    public Quantity? Egfr { get; init; }
}

/// <summary>The result of <see cref="NephritisResponseInstrument"/>.</summary>
public sealed record NephritisResponseResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the start of treatment used (the baseline date when none was given).</summary>
    public required DateOnly TreatmentStart { get; init; }

    /// <summary>Gets the date of the follow-up proteinuria assessed.</summary>
    /// <value><see langword="null"/> when there is none.</value>
    public DateOnly? AssessedOn { get; init; }

    /// <summary>Gets the date from which "no response" can be concluded.</summary>
    public required DateOnly ResponseAssessmentDueOn { get; init; }

    /// <summary>Gets the date by which a complete response is expected (informational).</summary>
    public required DateOnly CompleteResponseTargetOn { get; init; }

    /// <summary>Gets the response.</summary>
    public required NephritisResponseCategory Response { get; init; }

    /// <summary>Gets the proteinuria reduction from baseline, percent (negative when it rose).</summary>
    /// <value><see langword="null"/> without a follow-up proteinuria.</value>
    public decimal? ProteinuriaReductionPercent { get; init; }

    /// <summary>Gets the follow-up eGFR as a percentage of baseline.</summary>
    /// <value><see langword="null"/> when either eGFR is missing.</value>
    public decimal? EgfrPercentOfBaseline { get; init; }

    /// <summary>Gets every criterion with its threshold, operator and observed value.</summary>
    public ImmutableArray<CriterionCheck> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the ids of the criteria that decided the response.</summary>
    public ImmutableArray<string> DecidedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the early targets (≥ 25 % by 3 months, ≥ 50 % by 6 months by default).</summary>
    public ImmutableArray<NephritisEarlyTargetResult> EarlyTargets { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets remarks.</summary>
    public ImmutableArray<string> Notes { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One early proteinuria target and whether it was reached.</summary>
public sealed record NephritisEarlyTargetResult
{
    /// <summary>Gets the months from the start of treatment.</summary>
    public required int Months { get; init; }

    /// <summary>Gets the target date.</summary>
    public required DateOnly DueOn { get; init; }

    /// <summary>Gets the criterion: the first qualifying reduction when met, else the latest one up to the window's end.</summary>
    public required CriterionCheck Check { get; init; }

    /// <summary>Gets the date of the measurement used.</summary>
    /// <value><see langword="null"/> when none was available.</value>
    public DateOnly? MeasurementOn { get; init; }
}

/// <summary>A lupus nephritis renal response.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<NephritisResponseCategory>))]
public enum NephritisResponseCategory
{
    /// <summary>Complete renal response.</summary>
    [JsonStringEnumMemberName("complete")]
    Complete = 1,

    /// <summary>Partial renal response.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial = 2,

    /// <summary>No renal response, with the assessment time reached.</summary>
    [JsonStringEnumMemberName("no-response")]
    NoResponse = 3,

    /// <summary>Neither complete nor partial yet, and the assessment time not reached.</summary>
    [JsonStringEnumMemberName("too-early")]
    TooEarly = 4,

    /// <summary>Cannot tell: a follow-up proteinuria or an eGFR is missing.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 5,
}
