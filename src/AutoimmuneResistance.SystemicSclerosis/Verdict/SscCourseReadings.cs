using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// How the module reads a therapy's courses in one organ, shared by the verdict (<see cref="SscVerdictContributor"/>)
/// and the sequential failure rule (<see cref="SequentialFailureEvaluator"/>) so that the same course gets the same
/// judgement. The lung: the latest course with a progressive ILD finding decides; progression is a primary
/// non-response, no progression a response. The skin: the latest course with a skin response finding decides; a
/// non-response after an earlier course that responded is a secondary loss of response. Either failure is resistance
/// only in a patient shown by refill records to take the drug (docs/verdict.md).
/// </summary>
internal static class SscCourseReadings
{
    /// <summary>What the refill records say about a therapy whose reading needs them.</summary>
    internal enum RefillAdherence
    {
        NotNeeded,
        NotRecorded,
        Adherent,
        NonAdherent,

        /// <summary>Every course of the therapy was given by the care team (administrations recorded, or intravenous): taken, shown by administration.</summary>
        GivenInClinic,
    }

    /// <summary>Whether the therapy is shown to be taken: by refill records at or above the cut-off, or by administration in clinic.</summary>
    public static bool Taken(RefillAdherence adherence) => adherence is RefillAdherence.Adherent or RefillAdherence.GivenInClinic;

    /// <summary>How the therapy is shown to be taken, in words: "refills covered at least 80 % of days" or "its doses were given in clinic".</summary>
    public static string TakenBasis(RefillAdherence adherence) =>
        adherence == RefillAdherence.GivenInClinic ? RefillAdherenceCheck.GivenInClinicBasis : RefillAdherenceCheck.AtLeastBasis;

    /// <summary>The lung outcome a progressive ILD finding stands for.</summary>
    public static TherapyOutcome Outcome(Finding? finding) => finding?.Status switch
    {
        FindingStatus.Supported => TherapyOutcome.PrimaryNonResponse,
        FindingStatus.NotSupported => TherapyOutcome.Response,
        _ => TherapyOutcome.Unknown,
    };

    /// <summary>The lung over a therapy's courses (course order; <see langword="null"/> for a course without a finding): the deciding finding and its outcome.</summary>
    public static (Finding? Deciding, TherapyOutcome Outcome) Lung(IEnumerable<Finding?> perCourse)
    {
        var deciding = perCourse.LastOrDefault(f => f is not null);
        return (deciding, Outcome(deciding));
    }

    /// <summary>The skin over a therapy's courses (course order; <see langword="null"/> for a course without a finding): the deciding finding and its outcome, a secondary loss of response when an earlier course responded.</summary>
    public static (Finding? Deciding, TherapyOutcome Outcome) Skin(IEnumerable<Finding?> perCourse)
    {
        Finding? deciding = null;
        var respondedBefore = false;
        var responded = false;
        foreach (var finding in perCourse)
        {
            if (finding is not null)
            {
                respondedBefore = responded;
                responded |= SkinResponseEvaluator.OutcomeOf(finding) is TherapyOutcome.Response or TherapyOutcome.PartialResponse;
                deciding = finding;
            }
        }

        if (deciding is null)
        {
            return (null, TherapyOutcome.Unknown);
        }

        var outcome = SkinResponseEvaluator.OutcomeOf(deciding);
        return (deciding, outcome == TherapyOutcome.PrimaryNonResponse && respondedBefore ? TherapyOutcome.SecondaryLossOfResponse : outcome);
    }

    /// <summary>Whether a judged outcome is a failure of the drug that adherence must be read for.</summary>
    public static bool IsFailure(TherapyOutcome judged) => judged is TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse;

    // The contract's reading of a judged outcome against adherence (docs/verdict.md), for the lung and the skin alike: a
    // failure is resistance only in a patient shown to take the drug; with adherence unknown it stays the failure that
    // cannot be called yet; in a patient shown not to take it, apparent resistance explained by non-adherence.
    public static (TherapyOutcome Outcome, ResistanceAnswer Resistance) WithAdherence(TherapyOutcome judged, RefillAdherence adherence)
    {
        var outcome = adherence == RefillAdherence.NonAdherent ? TherapyOutcome.NonAdherence : judged;
        var resistance = (outcome, adherence) switch
        {
            (TherapyOutcome.PrimaryNonResponse or TherapyOutcome.SecondaryLossOfResponse, RefillAdherence.Adherent or RefillAdherence.GivenInClinic) => ResistanceAnswer.Shown,
            (TherapyOutcome.Response or TherapyOutcome.PartialResponse or TherapyOutcome.NonAdherence, _) => ResistanceAnswer.NotShown,
            _ => ResistanceAnswer.CannotTellYet,
        };
        return (outcome, resistance);
    }

    // Given in clinic when every course is; otherwise the refill records of the therapy that overlap its courses up to
    // the evaluation date, a record below the cut-off outweighing any at or above it.
    public static RefillAdherence ReadAdherence(EvaluationContext context, TherapyId therapy, ImmutableArray<(TherapyCourse Course, string Path)> courses)
    {
        // A drug the care team gives (infusions, recorded administrations) is shown to be taken by its administration;
        // never ask for refill records of it (docs/verdict.md).
        if (courses.All(c => RefillAdherenceCheck.GivenInClinic(c.Course)))
        {
            return RefillAdherence.GivenInClinic;
        }

        var found = RefillAdherence.NotRecorded;
        foreach (var refill in context.Patient.RefillAdherence)
        {
            if (!courses.Any(c => RefillAdherenceCheck.Applies(refill, therapy, c.Course.Start, c.Course.End, context.AsOf)))
            {
                continue;
            }

            if (RefillAdherenceCheck.IsBelowThreshold(refill))
            {
                return RefillAdherence.NonAdherent;
            }

            found = RefillAdherence.Adherent;
        }

        return found;
    }

    /// <summary>A therapy's judged outcome in one organ read against its refill records: the adherence read (only for a failure) and the outcome and answer.</summary>
    public static (RefillAdherence Adherence, TherapyOutcome Outcome, ResistanceAnswer Resistance) Read(
        EvaluationContext context,
        TherapyId therapy,
        ImmutableArray<(TherapyCourse Course, string Path)> courses,
        TherapyOutcome judged)
    {
        var adherence = IsFailure(judged) ? ReadAdherence(context, therapy, courses) : RefillAdherence.NotNeeded;
        var (outcome, resistance) = WithAdherence(judged, adherence);
        return (adherence, outcome, resistance);
    }

    /// <summary>
    /// Two readings of one therapy (lung and skin, or the organs and the ACR CRISS) as one verdict: the reading whose
    /// answer weighs most leads (resistance shown, then cannot tell yet, then not shown; <paramref name="primary"/> on a
    /// tie), the other's statement follows it, and findings, explanations and per-course findings are joined.
    /// </summary>
    public static TherapyVerdict Merge(TherapyVerdict primary, TherapyVerdict other)
    {
        var (first, second) = Weight(other.Resistance) > Weight(primary.Resistance) ? (other, primary) : (primary, other);
        var prefix = primary.Name + ": ";
        var rest = second.Statement.StartsWith(prefix, StringComparison.Ordinal) ? second.Statement[prefix.Length..] : second.Statement;
        return first with
        {
            Statement = first.Statement.TrimEnd('.') + "; " + rest,
            Findings = [.. first.Findings, .. second.Findings],
            ExplainedBy = [.. first.ExplainedBy, .. second.ExplainedBy],
            Courses = [.. first.Courses.Select((c, i) => c.Finding is null && i < second.Courses.Length && second.Courses[i].Finding is not null ? second.Courses[i] : c)],
        };
    }

    private static int Weight(ResistanceAnswer resistance) => resistance switch
    {
        ResistanceAnswer.Shown => 3,
        ResistanceAnswer.CannotTellYet => 2,
        _ => 1,
    };
}
