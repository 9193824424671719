using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A reference to the publication or data source behind a definition, an instrument or a finding: authors, year,
/// title, where it appeared, and a DOI or URL to find it.
/// </summary>
/// <remarks>
/// <para>
/// Every instance is valid: <see cref="Authors"/>, <see cref="Title"/> and <see cref="Source"/> are non-blank single-line
/// text (at most <see cref="MaxTextLength"/> characters); <see cref="Year"/> is between <see cref="MinYear"/> and
/// <see cref="MaxYear"/>; <see cref="Doi"/>, when present, is a bare DOI <c>10.&lt;registrant&gt;/&lt;suffix&gt;</c>;
/// <see cref="Url"/>, when present, is an absolute <c>http</c> or <c>https</c> URL.
/// </para>
/// <para>
/// Equality compares every member ordinally. JSON: a plain object with the properties <c>authors</c>, <c>year</c>,
/// <c>title</c>, <c>source</c>, <c>doi</c> and <c>url</c> (the last two omitted when <see langword="null"/>); reading
/// applies the same rules and fails with a <see cref="System.Text.Json.JsonException"/> naming the rule.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(CitationJsonConverter))]
public sealed record Citation
{
    /// <summary>The earliest publication year accepted.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest publication year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>The longest <see cref="Authors"/>, <see cref="Title"/> or <see cref="Source"/> accepted, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Creates a citation.</summary>
    /// <param name="authors">The authors or issuing body, as they should be shown, for example <c>Appell ML, et al.</c>.</param>
    /// <param name="year">The publication year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="title">The title of the article, guideline or data set.</param>
    /// <param name="source">Where it appeared: journal, volume, issue and pages, or the publisher or repository.</param>
    /// <param name="doi">The bare DOI (<c>10.1002/cpt.2563</c>, not <c>doi:…</c> or <c>https://doi.org/…</c>), or <see langword="null"/>.</param>
    /// <param name="url">An absolute http(s) URL, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="authors"/>, <paramref name="title"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text is blank, too long or multi-line, or the DOI or URL is malformed; the message names the rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public Citation(string authors, int year, string title, string source, string? doi = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        var (error, paramName) = Check(authors, year, title, source, doi, url);
        if (error is not null)
        {
            throw new ArgumentException(error, paramName);
        }

        Authors = authors;
        Year = year;
        Title = title;
        Source = source;
        Doi = doi;
        Url = url;
    }

    /// <summary>Gets the authors or issuing body, as they should be shown.</summary>
    public string Authors { get; }

    /// <summary>Gets the publication year.</summary>
    /// <value>Between <see cref="MinYear"/> and <see cref="MaxYear"/>.</value>
    public int Year { get; }

    /// <summary>Gets the title of the article, guideline or data set.</summary>
    public string Title { get; }

    /// <summary>Gets where the work appeared: journal, volume, issue and pages, or the publisher or repository.</summary>
    public string Source { get; }

    /// <summary>Gets the bare DOI (<c>10.&lt;registrant&gt;/&lt;suffix&gt;</c>), or <see langword="null"/> when there is none.</summary>
    public string? Doi { get; }

    /// <summary>Gets an absolute http(s) URL for the work, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>
    /// Gets the key by which assessments refer to the citation: its DOI, or its URL when it has no DOI, or else
    /// <c>Authors (Year). Title</c>. Derived from the content, so the same publication has the same key in every
    /// document and a reader recomputes it from the citation itself.
    /// </summary>
    [JsonIgnore]
    public string Key => Doi ?? Url ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Authors} ({Year}). {Title}");

    /// <summary>Tries to create a citation; never throws.</summary>
    /// <param name="authors">The authors or issuing body.</param>
    /// <param name="year">The publication year.</param>
    /// <param name="title">The title.</param>
    /// <param name="source">Where it appeared.</param>
    /// <param name="doi">The bare DOI, or <see langword="null"/>.</param>
    /// <param name="url">An absolute http(s) URL, or <see langword="null"/>.</param>
    /// <param name="result">The citation, or <see langword="null"/> when the input is not valid.</param>
    /// <param name="error"><see langword="null"/> on success; otherwise a sentence naming the broken rule.</param>
    /// <returns><see langword="true"/> when the input is valid (see <see cref="Citation(string, int, string, string, string?, string?)"/>).</returns>
    public static bool TryCreate(
        string? authors,
        int year,
        string? title,
        string? source,
        string? doi,
        string? url,
        [NotNullWhen(true)] out Citation? result,
        [NotNullWhen(false)] out string? error)
    {
        error = authors is null ? "the authors are missing (null)"
            : title is null ? "the title is missing (null)"
            : source is null ? "the source is missing (null)"
            : Check(authors, year, title, source, doi, url).Error;
        result = error is null ? new Citation(authors!, year, title!, source!, doi, url) : null;
        return result is not null;
    }

    /// <summary>
    /// Returns a compact reference: <c>Authors (Year). Title. Source. doi:DOI</c>, with the URL instead of the DOI when
    /// there is no DOI, and without doubling a full stop the text already ends with.
    /// </summary>
    /// <returns>The reference text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Authors).Append(" (").Append(Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("). ");
        AppendSentence(text, Title);
        text.Append(' ');
        AppendSentence(text, Source);
        if (Doi is not null)
        {
            text.Append(" doi:").Append(Doi);
        }
        else if (Url is not null)
        {
            text.Append(' ').Append(Url);
        }

        return text.ToString();
    }

    /// <summary>Checks every rule; returns the first error and the parameter it concerns.</summary>
    internal static (string? Error, string? ParamName) Check(string authors, int year, string title, string source, string? doi, string? url)
    {
        if (CodeText.CheckFreeText(authors, MaxTextLength) is { } authorsError)
        {
            return ("the authors are not valid: " + authorsError, nameof(authors));
        }

        if (year is < MinYear or > MaxYear)
        {
            return ($"the year {year} is outside {MinYear}..{MaxYear}", nameof(year));
        }

        if (CodeText.CheckFreeText(title, MaxTextLength) is { } titleError)
        {
            return ("the title is not valid: " + titleError, nameof(title));
        }

        if (CodeText.CheckFreeText(source, MaxTextLength) is { } sourceError)
        {
            return ("the source is not valid: " + sourceError, nameof(source));
        }

        if (doi is not null && CheckDoi(doi) is { } doiError)
        {
            return ($"'{CodeText.Truncate(doi)}' is not a valid DOI: {doiError}", nameof(doi));
        }

        if (url is not null && CheckUrl(url) is { } urlError)
        {
            return ($"'{CodeText.Truncate(url)}' is not a valid URL: {urlError}", nameof(url));
        }

        return (null, null);
    }

    /// <summary>
    /// A bare DOI: the directory indicator <c>10</c>, a dot, a registrant code made of digits (optionally subdivided by
    /// further dots), a slash, and a non-empty suffix without whitespace or control characters.
    /// </summary>
    private static string? CheckDoi(string doi)
    {
        const string Expected = "expected a bare DOI 10.<registrant>/<suffix>, such as 10.1002/cpt.2563";
        if (doi.StartsWith("doi:", StringComparison.OrdinalIgnoreCase)
            || doi.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || doi.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "remove the 'doi:' or resolver prefix; " + Expected;
        }

        if (!doi.StartsWith("10.", StringComparison.Ordinal))
        {
            return "it does not start with '10.'; " + Expected;
        }

        var slash = doi.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || slash == doi.Length - 1)
        {
            return "it has no suffix after '/'; " + Expected;
        }

        var registrant = doi.AsSpan(3, slash - 3);
        if (registrant.IsEmpty || registrant[0] == '.' || registrant[^1] == '.' || registrant.IndexOf("..", StringComparison.Ordinal) >= 0)
        {
            return "the registrant code is empty or has stray dots; " + Expected;
        }

        foreach (var c in registrant)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return "the registrant code is not digits; " + Expected;
            }
        }

        foreach (var c in doi.AsSpan(slash + 1))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "the suffix contains whitespace or a control character; " + Expected;
            }
        }

        return null;
    }

    private static string? CheckUrl(string url) =>
        CodeText.HasControlCharacter(url) || url.Any(char.IsWhiteSpace)
            || !System.Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != System.Uri.UriSchemeHttp && parsed.Scheme != System.Uri.UriSchemeHttps)
            ? "expected an absolute http or https URL"
            : null;

    private static void AppendSentence(StringBuilder text, string sentence)
    {
        text.Append(sentence);
        if (!sentence.EndsWith('.') && !sentence.EndsWith('?') && !sentence.EndsWith('!'))
        {
            text.Append('.');
        }
    }
}
