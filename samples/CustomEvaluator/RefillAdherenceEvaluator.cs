using static System.FormattableString;

namespace AutoimmuneResistance.Samples;

/// <summary>Settings of <see cref="RefillAdherenceEvaluator"/>.</summary>
public sealed record RefillAdherenceOptions
{
    /// <summary>Gets the proportion of days covered (PDC, %) below which refills suggest non-adherence.</summary>
    /// <value>
    /// Defaults to 80 %, the usual cut-off (Karve 2009). A finding always records the threshold it applied, so results
    /// produced with another value stay traceable.
    /// </value>
    public decimal ThresholdPercent { get; init; } = 80m;

    /// <summary>Gets how many days old the latest refill period may be before it no longer counts.</summary>
    /// <value>Defaults to 365 days. This is a choice made for the sample, not a published rule.</value>
    public int MaxAgeDays { get; init; } = 365;
}

/// <summary>
/// A sample evaluator: for each therapy course running on the evaluation date, reads the latest refill-based proportion
/// of days covered (PDC) and reports non-adherence as supported when it is below the threshold, not supported when it
/// is at or above it, and unknown, naming the missing datum, when no recent refill record exists.
/// </summary>
/// <remarks>
/// <para>
/// Evaluators are stateless: everything they need comes from the <see cref="EvaluationContext"/> and their own
/// immutable settings, so one instance serves every patient on every thread. An exception thrown here becomes an error
/// diagnostic for this evaluator only; it never reads as "adherent".
/// </para>
/// <para>
/// The 80 % cut-off comes from claims data on schizophrenia, diabetes, hypertension, heart failure and
/// hyperlipidaemia, not from autoimmune disease. The findings therefore carry the grade
/// <see cref="EvidenceGrade.Extrapolated"/>.
/// </para>
/// </remarks>
/// <param name="options">The settings; <see langword="null"/> uses the defaults. A DI container injects them when registered.</param>
public sealed class RefillAdherenceEvaluator(RefillAdherenceOptions? options = null) : IResistanceEvaluator
{
    /// <summary>The evaluator's id.</summary>
    public static readonly EvaluatorId Id = EvaluatorId.Create("sample.refill-adherence");

    /// <summary>Karve S et al. (2009), the source of the 80 % cut-off.</summary>
    public static readonly Citation Karve2009 = new(
        "Karve S, Cleves MA, Helm M, Hudson TJ, West DS, Martin BC",
        2009,
        "Good and poor adherence: optimal cut-point for adherence measures using administrative claims data",
        "Curr Med Res Opin 2009;25(9):2303-10",
        doi: "10.1185/03007990903126833");

    private static readonly MechanismId NonAdherence = MechanismCatalog.CoreId(MechanismCategory.NonAdherence);
    private static readonly RuleId Rule = RuleId.Create("sample.refill-adherence.pdc-below-threshold");

    private readonly RefillAdherenceOptions _options = options ?? new RefillAdherenceOptions();

    /// <inheritdoc/>
    public EvaluatorDescriptor Descriptor { get; } = new()
    {
        Id = Id,
        Title = "Non-adherence from refill records (proportion of days covered)",
        Version = "1.0.0",
        Mechanisms = [NonAdherence], // must exist in the pipeline's mechanism catalog; Build() checks it
        Sources = [Karve2009],
        // AppliesTo is empty: the rule is not disease-specific, so it runs for every patient.
    };

    /// <inheritdoc/>
    public void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        for (var c = 0; c < patient.Therapies.Length; c++)
        {
            var course = patient.Therapies[c];
            if (!course.IsActiveOn(context.AsOf))
            {
                continue;
            }

            var coursePath = $"$.therapies[{c}]";
            var latest = LatestRefill(patient, course, context.AsOf);
            if (latest < 0 || patient.RefillAdherence[latest].To < context.AsOf.AddDays(-_options.MaxAgeDays))
            {
                var gap = new DataGap
                {
                    Datum = Invariant($"refill records (proportion of days covered) for {course.Therapy} within {_options.MaxAgeDays} days of {context.AsOf:yyyy-MM-dd}"),
                    Path = "$.refillAdherence",
                };
                output.Add(Finding.Unknown(Id, NonAdherence, Rule, Invariant($"No recent refill record for {course.Therapy}; adherence cannot be judged from refills."), EvidenceGrade.Extrapolated, gap) with
                {
                    Therapy = course.Therapy,
                    Facts = latest < 0 ? [coursePath] : [coursePath, $"$.refillAdherence[{latest}]"],
                    Citations = [Karve2009],
                });
                continue;
            }

            var refill = patient.RefillAdherence[latest];
            var threshold = new AppliedThreshold
            {
                Name = "proportion of days covered",
                Operator = ComparisonOperator.LessThan,
                Limit = _options.ThresholdPercent,
                Unit = QuantityUnit.Percent,
                Observed = refill.ProportionOfDaysCovered.Value,
            };
            var period = Invariant($"{refill.ProportionOfDaysCovered.Value} % of days from {refill.From:yyyy-MM-dd} to {refill.To:yyyy-MM-dd}");
            var finding = threshold.IsMet == true
                ? Finding.Supported(Id, NonAdherence, Rule, Invariant($"Refills of {course.Therapy} covered {period}, below the {_options.ThresholdPercent} % cut-off."), EvidenceGrade.Extrapolated)
                : Finding.NotSupported(Id, NonAdherence, Rule, Invariant($"Refills of {course.Therapy} covered {period}, at or above the {_options.ThresholdPercent} % cut-off."), EvidenceGrade.Extrapolated);
            output.Add(finding with
            {
                Therapy = course.Therapy,
                On = refill.To,
                Facts = [coursePath, $"$.refillAdherence[{latest}]"],
                Thresholds = [threshold],
                Citations = [Karve2009],
            });
        }
    }

    // The index of the refill period of the course's therapy that ends last on or before asOf and overlaps the course, or -1.
    private static int LatestRefill(PatientProfile patient, TherapyCourse course, DateOnly asOf)
    {
        var latest = -1;
        for (var r = 0; r < patient.RefillAdherence.Length; r++)
        {
            var refill = patient.RefillAdherence[r];
            if (refill.Therapy == course.Therapy && refill.To <= asOf && refill.To >= course.Start
                && (latest < 0 || refill.To > patient.RefillAdherence[latest].To))
            {
                latest = r;
            }
        }

        return latest;
    }
}
