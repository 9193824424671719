namespace AutoimmuneResistance.Samples.Glimmer;

/// <summary>
/// The toy module's verdict: one therapy verdict per therapy. Active on therapy with refills of at least 80 % is a
/// primary non-response, resistance shown; active with refills below 80 % is non-adherence, not resistance; active
/// with no refills on record cannot tell yet; not active is a response. Invented rules on the core's contract.
/// </summary>
public sealed class GlimmerVerdictContributor : IVerdictContributor
{
    /// <inheritdoc/>
    public DiseaseId Disease => GlimmerIds.Glimmer;

    /// <inheritdoc/>
    public void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(verdict);
        foreach (var therapy in context.Patient.Therapies.Select(c => c.Therapy).Distinct())
        {
            var activity = findings.Where(f => f.Mechanism == GlimmerMechanisms.ActiveOnTherapy && f.Therapy == therapy).ToList();
            var adherence = findings.FirstOrDefault(f => f.Mechanism == GlimmerMechanisms.NonAdherence && f.Therapy == therapy);
            if (activity.Count == 0 || adherence?.Id is not { } adherenceId)
            {
                continue;
            }

            var name = context.Therapies.TryGet(therapy, out var definition) ? definition.Name : therapy.Value;
            var active = activity.Any(f => f.Status == FindingStatus.Supported);
            var (outcome, answer, statement) = (active, adherence.Status) switch
            {
                (false, _) when activity.All(f => f.Status == FindingStatus.Unknown) => (TherapyOutcome.Unknown, ResistanceAnswer.CannotTellYet, $"{name}: no toy joint count after the trial period."),
                (false, _) => (TherapyOutcome.Response, ResistanceAnswer.NotShown, $"{name}: the toy disease is not active on it."),
                (true, FindingStatus.NotSupported) => (TherapyOutcome.PrimaryNonResponse, ResistanceAnswer.Shown, $"{name}: the toy disease stayed active although refills covered at least 80 % of days."),
                (true, FindingStatus.Supported) => (TherapyOutcome.NonAdherence, ResistanceAnswer.NotShown, $"{name}: the toy disease stayed active, but refills covered fewer than 80 % of days."),
                _ => (TherapyOutcome.PrimaryNonResponse, ResistanceAnswer.CannotTellYet, $"{name}: the toy disease stayed active, but whether it is taken was never checked."),
            };
            var courses = ProfileQueries.Courses(context.Patient, therapy, context.AsOf);
            verdict.Add(new TherapyVerdict
            {
                Therapy = therapy,
                Name = name,
                Disease = GlimmerIds.Glimmer,
                Outcome = outcome,
                Resistance = answer,
                Statement = statement,
                Courses = [.. courses.Select(c => new CourseOutcome
                {
                    Course = c.Path,
                    Start = c.Course.Start,
                    End = c.Course.End,
                    Outcome = outcome,
                    Finding = activity.FirstOrDefault(f => f.Course == c.Path)?.Id,
                })],
                Findings = [.. activity.Select(f => f.Id!)],
                ExplainedBy = active ? [new MechanismLink { Mechanism = GlimmerMechanisms.NonAdherence, Status = adherence.Status, Findings = [adherenceId] }] : [],
            });
        }
    }
}
