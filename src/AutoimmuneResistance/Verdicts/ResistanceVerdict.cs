using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// The explained answer for one patient: is the disease resisting treatment, to what, and why, with the data that
/// would settle what is still unknown. Leads every <see cref="ResistanceAssessment"/>; the findings underneath are the
/// rule-level evidence, and every part of the verdict points at them by <see cref="Finding.Id"/>.
/// </summary>
/// <remarks>
/// Disease modules judge therapies and named definitions through <see cref="IVerdictContributor"/>; the pipeline
/// assembles them, derives <see cref="Answer"/> (shown when any therapy or domain verdict shows resistance, otherwise
/// cannot tell yet when any is undecided, otherwise not shown), collects <see cref="WouldSharpen"/> from the unknown
/// findings and writes <see cref="Summary"/>. A research reading of the data, not a diagnosis: options are for a
/// clinician to consider, never instructions.
/// </remarks>
[DebuggerDisplay("{Answer}: {Summary}")]
[TypeFormatterSource(typeof(HtmlFormatterSource<ResistanceVerdict>))]
public sealed record ResistanceVerdict
{
    /// <summary>Gets the overall answer.</summary>
    public required ResistanceAnswer Answer { get; init; }

    /// <summary>Gets the therapies and organ domains the answer concerns.</summary>
    public VerdictConcerns Concerns { get; init => field = value ?? VerdictConcerns.None; } = VerdictConcerns.None;

    /// <summary>Gets a few sentences of clinical prose a clinician-researcher can read in ten seconds.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the verdict on each therapy judged, in time order of its first course.</summary>
    public ImmutableArray<TherapyVerdict> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the verdicts under named organ-domain or whole-disease definitions.</summary>
    public ImmutableArray<DomainVerdict> Domains { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets patient-level mechanisms that explain the picture (for example glucocorticoid dependence), each with its findings.</summary>
    public ImmutableArray<MechanismLink> ExplainedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the data that would sharpen the verdict, deduplicated, the most useful first.</summary>
    public ImmutableArray<DataNeed> WouldSharpen { get; init => field = value.IsDefault ? [] : value; } = [];
}
