using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Samples.Glimmer;

/// <summary>
/// Is the toy disease active on a therapy? For each therapy course, the latest toy joint count after the trial period
/// of the selected <see cref="GlimmerDefinitions"/>, computed with the toy instrument. Invented rules.
/// </summary>
public sealed class GlimmerActivityEvaluator() : ResistanceEvaluator(
    "glimmer.activity-on-therapy", "Toy disease activity on therapy (invented)", GlimmerIds.Glimmer, [GlimmerMechanisms.ActiveOnTherapy], [GlimmerMechanisms.Prevoo1995])
{
    private static readonly RuleId Rule = RuleId.Create("glimmer.active-after-trial");
    private static readonly GlimmerJointCount Instrument = new();

    /// <inheritdoc/>
    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var definitions = context.Definitions.Get<GlimmerDefinitions>();
        foreach (var group in context.Patient.Therapies.GroupBy(c => c.Therapy))
        {
            foreach (var (course, path) in ProfileQueries.Courses(context.Patient, group.Key, context.AsOf))
            {
                var judged = course.Start.AddDays(definitions.TrialDays);
                var count = ProfileQueries.Latest<GlimmerJointCountVisit>(context.Patient, course.End ?? context.AsOf, notBefore: judged);
                Finding finding;
                if (count is not { } visit)
                {
                    finding = Unknown(GlimmerMechanisms.ActiveOnTherapy, Rule, "No toy joint count after the trial period, so activity on the therapy is unknown.", EvidenceGrade.ExpertOpinion,
                        new DataGap { Datum = string.Create(CultureInfo.InvariantCulture, $"swollen-joint count on or after {judged:yyyy-MM-dd}"), Path = ProfilePaths.Assessments });
                    output.Add(finding with { Therapy = course.Therapy, Course = path, Facts = [path], Citations = definitions.Sources });
                    continue;
                }

                var result = Instrument.Compute(new GlimmerJointCountInput { SwollenJoints = visit.Assessment.SwollenJoints }, definitions);
                var summary = string.Create(CultureInfo.InvariantCulture, $"{visit.Assessment.SwollenJoints} swollen joints on {visit.Assessment.On:yyyy-MM-dd}, {(result.Active ? "above" : "not above")} the toy cut-off of {definitions.ActiveAbove}.");
                finding = result.Active
                    ? Supported(GlimmerMechanisms.ActiveOnTherapy, Rule, summary, EvidenceGrade.ExpertOpinion)
                    : NotSupported(GlimmerMechanisms.ActiveOnTherapy, Rule, summary, EvidenceGrade.ExpertOpinion);
                output.Add(finding with
                {
                    Therapy = course.Therapy,
                    Course = path,
                    Facts = [path, visit.Path],
                    Thresholds = [new AppliedThreshold { Name = "swollen joints", Operator = ComparisonOperator.GreaterThan, Limit = definitions.ActiveAbove, Observed = visit.Assessment.SwollenJoints }],
                    Citations = definitions.Sources,
                });
            }
        }
    }
}

/// <summary>Was the toy therapy taken? The core's <see cref="RefillAdherenceCheck"/> over the refills of each therapy.</summary>
public sealed class GlimmerAdherenceEvaluator() : ResistanceEvaluator(
    "glimmer.non-adherence", "Toy therapy not taken (refills, Karve 2009)", GlimmerIds.Glimmer, [GlimmerMechanisms.NonAdherence], [RefillAdherenceCheck.Source])
{
    private static readonly RuleId Rule = RuleId.Create("glimmer.refills-below-80");

    /// <inheritdoc/>
    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var therapy in context.Patient.Therapies.Select(c => c.Therapy).Distinct())
        {
            var facts = ImmutableArray.CreateBuilder<string>();
            var thresholds = ImmutableArray.CreateBuilder<AppliedThreshold>();
            var below = false;
            for (var i = 0; i < context.Patient.RefillAdherence.Length; i++)
            {
                var refill = context.Patient.RefillAdherence[i];
                if (RefillAdherenceCheck.Applies(refill, therapy, DateOnly.MinValue, null, context.AsOf))
                {
                    facts.Add(ProfilePaths.Element(ProfilePaths.RefillAdherence, i));
                    thresholds.Add(RefillAdherenceCheck.Threshold(refill));
                    below |= RefillAdherenceCheck.IsBelowThreshold(refill);
                }
            }

            var finding = facts.Count == 0
                ? Unknown(GlimmerMechanisms.NonAdherence, Rule, "No refill record, so whether the therapy is taken is unknown.", EvidenceGrade.Extrapolated,
                    new DataGap { Datum = "refill records (proportion of days covered)", Path = ProfilePaths.RefillAdherence })
                : below
                    ? Supported(GlimmerMechanisms.NonAdherence, Rule, RefillAdherenceCheck.BelowBasis + ".", EvidenceGrade.Extrapolated)
                    : NotSupported(GlimmerMechanisms.NonAdherence, Rule, RefillAdherenceCheck.AtLeastBasis + ".", EvidenceGrade.Extrapolated);
            output.Add(finding with { Therapy = therapy, Facts = facts.ToImmutable(), Thresholds = thresholds.ToImmutable(), Citations = [RefillAdherenceCheck.Source] });
        }
    }
}
