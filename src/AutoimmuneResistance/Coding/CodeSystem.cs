using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A terminology or classification that a <see cref="ClinicalCode"/> is drawn from, identified by its canonical URI
/// (the value of FHIR <c>Coding.system</c>), for example <c>http://loinc.org</c>.
/// </summary>
/// <remarks>
/// <para>
/// An open vocabulary: any absolute URI is a valid code system, so data from systems the library does not know
/// (national drug catalogues, local lab codes) can be kept as they are. The well-known statics use the canonical URIs
/// that HL7 FHIR publishes for each terminology, and <see cref="ClinicalCode"/> applies a format rule to their codes.
/// </para>
/// <para>
/// Compared ordinally: the URI is case-sensitive and is not normalized, so <c>http://loinc.org/</c> (with a trailing
/// slash) is a different, unknown system. <c>default</c> is the unspecified system: its <see cref="Uri"/> is empty,
/// <see cref="IsSpecified"/> is <see langword="false"/>, and <see cref="ClinicalCode.Create"/> rejects it.
/// Serialized in JSON as a plain string holding the URI, checked on read.
/// </para>
/// </remarks>
[JsonConverter(typeof(CodeSystemJsonConverter))]
[DebuggerDisplay("{Uri,nq}")]
public readonly record struct CodeSystem : IParsable<CodeSystem>
{
    /// <summary>The longest URI accepted, in characters.</summary>
    public const int MaxLength = 1024;

    private readonly string? _uri;

    private CodeSystem(string uri) => _uri = uri;

    /// <summary>Gets the WHO Anatomical Therapeutic Chemical classification: <c>http://www.whocc.no/atc</c>.</summary>
    public static CodeSystem Atc { get; } = new("http://www.whocc.no/atc");

    /// <summary>Gets the WHO International Classification of Diseases, 10th revision: <c>http://hl7.org/fhir/sid/icd-10</c>.</summary>
    public static CodeSystem Icd10 { get; } = new("http://hl7.org/fhir/sid/icd-10");

    /// <summary>Gets ICD-10 Clinical Modification (United States): <c>http://hl7.org/fhir/sid/icd-10-cm</c>.</summary>
    public static CodeSystem Icd10Cm { get; } = new("http://hl7.org/fhir/sid/icd-10-cm");

    /// <summary>Gets SNOMED CT (any edition): <c>http://snomed.info/sct</c>.</summary>
    public static CodeSystem SnomedCt { get; } = new("http://snomed.info/sct");

    /// <summary>Gets LOINC, the laboratory and clinical observation codes: <c>http://loinc.org</c>.</summary>
    public static CodeSystem Loinc { get; } = new("http://loinc.org");

    /// <summary>Gets RxNorm (United States clinical drugs): <c>http://www.nlm.nih.gov/research/umls/rxnorm</c>.</summary>
    public static CodeSystem RxNorm { get; } = new("http://www.nlm.nih.gov/research/umls/rxnorm");

    /// <summary>Gets the Unified Code for Units of Measure: <c>http://unitsofmeasure.org</c>.</summary>
    public static CodeSystem Ucum { get; } = new("http://unitsofmeasure.org");

    /// <summary>Gets the HUGO Gene Nomenclature Committee gene identifiers: <c>http://www.genenames.org/geneId</c>.</summary>
    public static CodeSystem Hgnc { get; } = new("http://www.genenames.org/geneId");

    /// <summary>Gets the canonical URI, or <see cref="string.Empty"/> for the default (unspecified) value.</summary>
    public string Uri => _uri ?? string.Empty;

    /// <summary>Gets a value indicating whether the system is specified (<see langword="false"/> for <c>default</c>).</summary>
    public bool IsSpecified => _uri is not null;

    /// <summary>Gets a value indicating whether this is one of the well-known statics, whose codes have a format rule.</summary>
    public bool IsWellKnown => ShortName is not null;

    /// <summary>Gets the conventional short name of a well-known system (for example <c>LOINC</c>), otherwise <see langword="null"/>.</summary>
    internal string? ShortName => _uri switch
    {
        "http://www.whocc.no/atc" => "ATC",
        "http://hl7.org/fhir/sid/icd-10" => "ICD-10",
        "http://hl7.org/fhir/sid/icd-10-cm" => "ICD-10-CM",
        "http://snomed.info/sct" => "SNOMED CT",
        "http://loinc.org" => "LOINC",
        "http://www.nlm.nih.gov/research/umls/rxnorm" => "RxNorm",
        "http://unitsofmeasure.org" => "UCUM",
        "http://www.genenames.org/geneId" => "HGNC",
        _ => null,
    };

    /// <summary>
    /// Returns the well-known static whose URI is <paramref name="utf8"/> (compared ordinally, as UTF-8 bytes), without
    /// allocating or parsing a URI: the value <see cref="Create(string)"/> would return for the same text.
    /// </summary>
    /// <param name="utf8">The candidate URI's bytes.</param>
    /// <param name="system">The well-known system, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is one of the well-known URIs.</returns>
    internal static bool TryGetWellKnown(ReadOnlySpan<byte> utf8, out CodeSystem system)
    {
        system = utf8.Length switch
        {
            16 when utf8.SequenceEqual("http://loinc.org"u8) => Loinc,
            22 when utf8.SequenceEqual("http://snomed.info/sct"u8) => SnomedCt,
            23 when utf8.SequenceEqual("http://www.whocc.no/atc"u8) => Atc,
            25 when utf8.SequenceEqual("http://unitsofmeasure.org"u8) => Ucum,
            30 when utf8.SequenceEqual("http://hl7.org/fhir/sid/icd-10"u8) => Icd10,
            31 when utf8.SequenceEqual("http://www.genenames.org/geneId"u8) => Hgnc,
            33 when utf8.SequenceEqual("http://hl7.org/fhir/sid/icd-10-cm"u8) => Icd10Cm,
            43 when utf8.SequenceEqual("http://www.nlm.nih.gov/research/umls/rxnorm"u8) => RxNorm,
            _ => default,
        };
        return system.IsSpecified;
    }

    /// <summary>Wraps a URI that <see cref="Check(string)"/> has accepted (so that it is not checked, and parsed, twice).</summary>
    /// <param name="checkedUri">A URI for which <see cref="Check(string)"/> returned <see langword="null"/>.</param>
    /// <returns>The code system.</returns>
    internal static CodeSystem FromChecked(string checkedUri) => new(checkedUri);

    /// <summary>Creates a <see cref="CodeSystem"/> from its canonical URI.</summary>
    /// <param name="uri">
    /// An absolute URI with an explicit scheme (<c>http:</c>, <c>https:</c>, <c>urn:</c>, …), at most
    /// <see cref="MaxLength"/> characters, without whitespace or control characters.
    /// </param>
    /// <returns>The code system; one of the well-known statics when <paramref name="uri"/> is one of theirs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is not an absolute URI; the message says why.</exception>
    public static CodeSystem Create(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var error = Check(uri);
        return error is null
            ? new CodeSystem(uri)
            : throw new ArgumentException($"'{CodeText.Truncate(uri)}' is not a valid CodeSystem: {error}", nameof(uri));
    }

    /// <summary>Tries to create a <see cref="CodeSystem"/> from its canonical URI.</summary>
    /// <param name="uri">The candidate URI.</param>
    /// <param name="result">The code system, or <c>default</c> when <paramref name="uri"/> is not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="uri"/> is valid (see <see cref="Create(string)"/>).</returns>
    public static bool TryCreate([NotNullWhen(true)] string? uri, out CodeSystem result)
    {
        if (uri is not null && Check(uri) is null)
        {
            result = new CodeSystem(uri);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses a <see cref="CodeSystem"/>; same as <see cref="Create(string)"/>.</summary>
    /// <param name="s">The URI.</param>
    /// <param name="provider">Ignored: URIs are culture-invariant.</param>
    /// <returns>The code system.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="s"/> is not an absolute URI.</exception>
    public static CodeSystem Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var error = Check(s);
        return error is null
            ? new CodeSystem(s)
            : throw new ArgumentException($"'{CodeText.Truncate(s)}' is not a valid CodeSystem: {error}", nameof(s));
    }

    /// <summary>Tries to parse a <see cref="CodeSystem"/>; same as <see cref="TryCreate(string?, out CodeSystem)"/>.</summary>
    /// <param name="s">The candidate URI.</param>
    /// <param name="provider">Ignored: URIs are culture-invariant.</param>
    /// <param name="result">The code system, or <c>default</c> when <paramref name="s"/> is not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CodeSystem result) =>
        TryCreate(s, out result);

    /// <summary>
    /// Returns the short name of a well-known system (<c>ATC</c>, <c>ICD-10</c>, <c>ICD-10-CM</c>, <c>SNOMED CT</c>,
    /// <c>LOINC</c>, <c>RxNorm</c>, <c>UCUM</c>, <c>HGNC</c>), otherwise the URI (empty for <c>default</c>).
    /// </summary>
    /// <returns>A readable name for the system.</returns>
    public override string ToString() => ShortName ?? Uri;

    /// <summary>Checks the URI rule described on <see cref="Create(string)"/>.</summary>
    /// <param name="uri">The candidate URI.</param>
    /// <returns><see langword="null"/> when valid; otherwise the reason.</returns>
    internal static string? Check(string uri)
    {
        const string Expected = "expected an absolute URI such as http://loinc.org";
        if (uri.Length == 0)
        {
            return "it is empty; " + Expected;
        }

        if (uri.Length > MaxLength)
        {
            return $"it has {uri.Length} characters, more than the {MaxLength} allowed";
        }

        foreach (var c in uri)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "it contains whitespace or a control character; " + Expected;
            }
        }

        // An explicit scheme is required: on Unix System.Uri would otherwise accept "/path" as an absolute file URI.
        var colon = uri.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(uri[0]) || !IsSchemeText(uri.AsSpan(1, colon - 1)))
        {
            return "it has no scheme (such as 'http:' or 'urn:'); " + Expected;
        }

        return System.Uri.TryCreate(uri, UriKind.Absolute, out _) ? null : "it is not a well-formed URI; " + Expected;
    }

    private static bool IsSchemeText(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
