namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The classification of one therapy course (JSON kind <c>sle.course-classification</c>), attached to the finding
/// that reports it: was the trial adequate (duration and dose), was adherence shown, how did activity move, and what
/// the course therefore was.
/// </summary>
public sealed record CourseClassificationDetail : FindingDetail
{
    /// <summary>Gets the JSON path of the course in the profile.</summary>
    public required string Course { get; init; }

    /// <summary>Gets the classification.</summary>
    public required TherapyOutcome Response { get; init; }

    /// <summary>Gets whether the course was judged as lupus nephritis induction (renal response rules) rather than by SLEDAI-2K.</summary>
    public bool Renal { get; init; }

    /// <summary>Gets the course's length in whole months up to its end or the evaluation date.</summary>
    public required int Months { get; init; }

    /// <summary>Gets the minimum months before response is judged.</summary>
    public required int MinimumMonths { get; init; }

    /// <summary>Gets whether the dose met the cited minimum.</summary>
    public required DoseAdequacy Dose { get; init; }

    /// <summary>Gets whether adherence was shown.</summary>
    public required CourseAdherence Adherence { get; init; }

    /// <summary>Gets the SLEDAI-2K total at baseline (the latest visit on or shortly before the start).</summary>
    /// <value><see langword="null"/> for renal courses or when no baseline visit exists.</value>
    public int? BaselineSledai { get; init; }

    /// <summary>Gets the lowest SLEDAI-2K total during the course.</summary>
    /// <value><see langword="null"/> for renal courses or when no visit falls in the course.</value>
    public int? LowestSledai { get; init; }

    /// <summary>Gets the SLEDAI-2K total at the last visit of the course.</summary>
    /// <value><see langword="null"/> for renal courses or when no visit falls in the course.</value>
    public int? LatestSledai { get; init; }

    /// <summary>
    /// Gets whether an anti-CD20 retreatment course shows secondary non-depletion non-response (an infusion reaction and
    /// defective B-cell depletion; Md Yusof 2017), which makes it a secondary loss of response.
    /// </summary>
    /// <remarks>Written to JSON only when true.</remarks>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool SecondaryNonDepletion { get; init; }

    /// <summary>Gets the renal response category of a lupus nephritis induction course.</summary>
    /// <value><see langword="null"/> for non-renal courses.</value>
    public NephritisResponseCategory? RenalResponse { get; init; }
}
