using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// One explained conclusion about one resistance mechanism for one patient: whether the data support it, which rule
/// decided, the profile facts it read (as JSON paths), the thresholds it applied, the evidence grade and the
/// citations. An <see cref="FindingStatus.Unknown"/> finding always names the missing datum in <see cref="Gap"/>.
/// </summary>
/// <remarks>
/// Create findings with <see cref="Supported"/>, <see cref="NotSupported"/> or <see cref="Unknown"/> and add the
/// explanation with <c>with { Facts = ..., Thresholds = ..., Citations = ... }</c>. <see cref="Status"/> and
/// <see cref="Gap"/> are fixed at construction, so a finding can never be unknown without a gap.
/// </remarks>
[DebuggerDisplay("{Mechanism} {Status} ({Rule})")]
[TypeFormatterSource(typeof(HtmlFormatterSource<Finding>))]
public sealed record Finding
{
    /// <summary>Creates a finding, checking that <paramref name="gap"/> is present exactly when the status is unknown.</summary>
    /// <param name="evaluator">The evaluator that produced it.</param>
    /// <param name="mechanism">The mechanism it speaks to.</param>
    /// <param name="rule">The rule that decided it.</param>
    /// <param name="status">The conclusion.</param>
    /// <param name="summary">One sentence a clinician can read.</param>
    /// <param name="grade">The kind of evidence behind the rule.</param>
    /// <param name="gap">The missing datum; required for <see cref="FindingStatus.Unknown"/>, forbidden otherwise.</param>
    /// <exception cref="ArgumentException">An identifier is unspecified, the summary is blank, or the gap does not match the status.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> or <paramref name="grade"/> is not a defined member.</exception>
    [JsonConstructor]
    public Finding(
        EvaluatorId evaluator,
        MechanismId mechanism,
        RuleId rule,
        FindingStatus status,
        string summary,
        EvidenceGrade grade,
        DataGap? gap = null)
    {
        Require(evaluator.IsSpecified, nameof(evaluator), "an evaluator id is required");
        Require(mechanism.IsSpecified, nameof(mechanism), "a mechanism id is required");
        Require(rule.IsSpecified, nameof(rule), "a rule id is required");
        Require(!string.IsNullOrWhiteSpace(summary), nameof(summary), "a summary is required");
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Expected a defined FindingStatus.");
        }

        if (!Enum.IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "Expected a defined EvidenceGrade.");
        }

        Require(
            (status == FindingStatus.Unknown) == (gap is not null),
            nameof(gap),
            status == FindingStatus.Unknown ? "an unknown finding must name the missing datum" : "only an unknown finding has a data gap");

        Evaluator = evaluator;
        Mechanism = mechanism;
        Rule = rule;
        Status = status;
        Summary = summary;
        Grade = grade;
        Gap = gap;
    }

    /// <summary>
    /// Gets the finding's id, unique within its assessment (<c>f1</c>, <c>f2</c>, ... in assessment order), by which the
    /// <see cref="ResistanceVerdict"/> points at it.
    /// </summary>
    /// <value>Assigned by <see cref="EvaluationOutput.Add(Finding)"/>; <see langword="null"/> on a finding not yet reported.</value>
    public string? Id { get; init; }

    /// <summary>Gets the evaluator that produced the finding.</summary>
    public EvaluatorId Evaluator { get; }

    /// <summary>Gets the mechanism the finding speaks to.</summary>
    public MechanismId Mechanism { get; }

    /// <summary>Gets the rule that decided it.</summary>
    public RuleId Rule { get; }

    /// <summary>Gets the conclusion.</summary>
    public FindingStatus Status { get; }

    /// <summary>Gets a one-sentence summary a clinician can read.</summary>
    public string Summary { get; }

    /// <summary>Gets the kind of evidence behind the rule.</summary>
    public EvidenceGrade Grade { get; }

    /// <summary>Gets the datum that would resolve an unknown finding.</summary>
    /// <value>Non-null exactly when <see cref="Status"/> is <see cref="FindingStatus.Unknown"/>.</value>
    public DataGap? Gap { get; }

    /// <summary>Gets the therapy the finding is about, when it concerns one therapy.</summary>
    /// <value><see langword="null"/> for patient-level findings.</value>
    public TherapyId? Therapy { get; init; }

    /// <summary>Gets the JSON path of the therapy course the finding is about, when the rule is about one course (for example <c>$.therapies[2]</c>).</summary>
    /// <value><see langword="null"/> for findings about a therapy as a whole or about the patient.</value>
    public string? Course { get; init; }

    /// <summary>Gets the date the finding refers to (a visit, the end of a course), when it refers to one.</summary>
    /// <value><see langword="null"/> when the finding holds for the whole evaluation.</value>
    public DateOnly? On { get; init; }

    /// <summary>Gets the profile facts the rule read, as JSON paths into the profile (for example <c>$.drugLevels[0]</c>).</summary>
    public ImmutableArray<string> Facts { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the thresholds the rule applied, with the observed values.</summary>
    public ImmutableArray<AppliedThreshold> Thresholds { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the rule's evidence at every date it was checked, when the rule is applied at each visit (one finding per
    /// rule, not one per visit).
    /// </summary>
    /// <value><see langword="null"/> for rules decided once.</value>
    public EvidenceTimeline? Timeline { get; init; }

    /// <summary>Gets the publications the rule rests on. (in JSON, their keys: see <see cref="Citation.Key"/>).</summary>
    [JsonConverter(typeof(CitationKeysJsonConverter))]
    public ImmutableArray<Citation> Citations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets module-specific structured detail.</summary>
    /// <value><see langword="null"/> when the module attaches none.</value>
    public FindingDetail? Detail { get; init; }

    /// <summary>
    /// Gets the published results the finding rests on, as data (study, end point, group, effect with its unit, group
    /// sizes); for example the trial subgroup a biomarker finding refers to. Their publications are also in
    /// <see cref="Citations"/>.
    /// </summary>
    public ImmutableArray<PublishedEffect> Effects { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Creates a finding whose data support the mechanism.</summary>
    /// <param name="evaluator">The evaluator that produced it.</param>
    /// <param name="mechanism">The mechanism it speaks to.</param>
    /// <param name="rule">The rule that decided it.</param>
    /// <param name="summary">One sentence a clinician can read.</param>
    /// <param name="grade">The kind of evidence behind the rule.</param>
    /// <returns>The finding.</returns>
    public static Finding Supported(EvaluatorId evaluator, MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade) =>
        new(evaluator, mechanism, rule, FindingStatus.Supported, summary, grade);

    /// <summary>Creates a finding whose data speak against the mechanism.</summary>
    /// <param name="evaluator">The evaluator that produced it.</param>
    /// <param name="mechanism">The mechanism it speaks to.</param>
    /// <param name="rule">The rule that decided it.</param>
    /// <param name="summary">One sentence a clinician can read.</param>
    /// <param name="grade">The kind of evidence behind the rule.</param>
    /// <returns>The finding.</returns>
    public static Finding NotSupported(EvaluatorId evaluator, MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade) =>
        new(evaluator, mechanism, rule, FindingStatus.NotSupported, summary, grade);

    /// <summary>Creates a finding that cannot be decided for want of <paramref name="gap"/>.</summary>
    /// <param name="evaluator">The evaluator that produced it.</param>
    /// <param name="mechanism">The mechanism it speaks to.</param>
    /// <param name="rule">The rule that could not decide.</param>
    /// <param name="summary">One sentence a clinician can read.</param>
    /// <param name="grade">The kind of evidence behind the rule.</param>
    /// <param name="gap">The datum that would resolve it.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gap"/> is <see langword="null"/>.</exception>
    public static Finding Unknown(EvaluatorId evaluator, MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade, DataGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return new(evaluator, mechanism, rule, FindingStatus.Unknown, summary, grade, gap);
    }

    private static void Require(bool condition, string paramName, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"Invalid finding: {rule}.", paramName);
        }
    }
}
