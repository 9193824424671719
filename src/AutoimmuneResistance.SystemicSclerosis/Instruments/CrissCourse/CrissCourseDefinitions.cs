namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The visit windows in which the ACR CRISS is applied to one therapy course (rule <c>ssc.criss-on-therapy</c>). The
/// CRISS compares a baseline with a follow-up at 1 year: it was derived and validated on 12-month trial data (Khanna D,
/// Berrocal VJ, Giannini EH, et al. Arthritis Rheumatol 2016;68(2):299-311, doi:10.1002/art.39501; Arthritis Care Res
/// 2016;68(2):167-78, doi:10.1002/acr.22804). The windows around the two visits are conventions, UNCONFIRMED as a
/// standard, hence settings: the baseline is the latest value of each core measure from <see cref="BaselineWindowMonths"/>
/// months before the start of the course to its start (3, the same convention as the skin response rule); the
/// follow-up is the value of each core measure nearest to <see cref="FollowUpMonths"/> months after the start (12),
/// no more than <see cref="FollowUpWindowMonths"/> months either side (3, the 12 ± 3 months of the EUSTAR skin
/// analyses, Dobrota R, et al. Ann Rheum Dis 2016, doi:10.1136/annrheumdis-2015-208024).
/// </summary>
public sealed record CrissCourseDefinitions : DefinitionSet
{
    /// <summary>Gets the default set, 12 ± 3 months with a baseline up to 3 months before the start, <c>ssc.criss-on-therapy.12-months</c>.</summary>
    public static CrissCourseDefinitions TwelveMonths { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.criss-on-therapy.12-months"),
        Version = "1.0.0",
        Title = "ACR CRISS over a therapy course: baseline up to 3 months before the start, follow-up at 12 ± 3 months (windows UNCONFIRMED)",
        Sources = [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes, SkinCitations.Dobrota2016],
        BaselineWindowMonths = 3,
        FollowUpMonths = 12,
        FollowUpWindowMonths = 3,
    };

    /// <summary>Gets how many months before the start of the course a baseline value may be (3; UNCONFIRMED).</summary>
    public required int BaselineWindowMonths { get; init; }

    /// <summary>Gets the target follow-up, in months after the start of the course (12, the CRISS's 1-year comparison).</summary>
    public required int FollowUpMonths { get; init; }

    /// <summary>Gets how many months either side of the target a follow-up value may be (3; UNCONFIRMED).</summary>
    public required int FollowUpWindowMonths { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (BaselineWindowMonths is < 0 or > 24)
        {
            problems.Add($"{nameof(BaselineWindowMonths)} must be 0 to 24.");
        }

        if (FollowUpMonths is < 1 or > 60)
        {
            problems.Add($"{nameof(FollowUpMonths)} must be 1 to 60.");
        }

        if (FollowUpWindowMonths < 0 || FollowUpWindowMonths >= FollowUpMonths)
        {
            problems.Add($"{nameof(FollowUpWindowMonths)} must be at least 0 and less than {nameof(FollowUpMonths)}.");
        }

        return problems;
    }

    /// <summary>
    /// The follow-up window of a course that starts on <paramref name="start"/>: it opens <see cref="FollowUpMonths"/>
    /// minus <see cref="FollowUpWindowMonths"/> months after the start, aims at <see cref="FollowUpMonths"/> and closes
    /// that many months after it; <c>Text</c> says so in words, with the dates.
    /// </summary>
    internal (DateOnly Open, DateOnly Target, DateOnly Close, string Text) FollowUpWindow(DateOnly start)
    {
        var open = start.AddMonths(FollowUpMonths - FollowUpWindowMonths);
        var close = start.AddMonths(FollowUpMonths + FollowUpWindowMonths);
        return (open, start.AddMonths(FollowUpMonths), close,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FollowUpMonths} ± {FollowUpWindowMonths} months after the start of the course, {open:O} to {close:O}"));
    }
}
