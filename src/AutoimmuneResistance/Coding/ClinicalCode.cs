using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A code from a terminology, such as a LOINC lab test, an ICD-10 diagnosis or an ATC substance: a light version of
/// FHIR <c>Coding</c> (system, code, display).
/// </summary>
/// <remarks>
/// <para>
/// Every instance has been checked by <see cref="Create"/>: the system is specified and the code has the format of
/// its system. The format rules of the well-known systems (see <see cref="CodeSystem"/>):
/// </para>
/// <list type="bullet">
/// <item><description><b>ATC</b>: upper case, one of the five level shapes <c>A</c>, <c>A00</c>, <c>A00A</c>, <c>A00AA</c>, <c>A00AA00</c>.</description></item>
/// <item><description><b>ICD-10</b> (WHO): letter and two digits, optionally <c>.</c> and one or two digits (<c>M32</c>, <c>M32.1</c>).</description></item>
/// <item><description><b>ICD-10-CM</b>: letter, digit, digit or letter, optionally <c>.</c> and one to four digits or letters (<c>M32.14</c>, <c>M1A.0</c>).
/// For both ICD systems the dot is required before the fourth character, letters are upper case, and dagger/asterisk markers are rejected.</description></item>
/// <item><description><b>SNOMED CT</b>: a concept id of 6 to 18 digits, no leading zero, concept partition <c>00</c> or <c>10</c>, valid Verhoeff check digit (<c>55464009</c>).</description></item>
/// <item><description><b>LOINC</b>: 1 to 8 digits, <c>-</c>, and the LOINC mod-10 check digit (<c>2890-2</c>); <c>LA</c>/<c>LP</c>/<c>LG</c>/<c>LL</c>-prefixed codes by shape only.</description></item>
/// <item><description><b>RxNorm</b>: 1 to 10 digits, no leading zero.</description></item>
/// <item><description><b>HGNC</b>: <c>HGNC:</c> and 1 to 7 digits, no leading zero (<c>HGNC:12014</c>).</description></item>
/// <item><description><b>UCUM</b>: 1 to 64 printable ASCII characters without spaces (<c>mg/dL</c>).</description></item>
/// <item><description><b>Any other system</b>: 1 to 64 characters, no control characters, no leading or trailing whitespace, single spaces only.</description></item>
/// </list>
/// <para>
/// The rules check shape and check digits, not existence: a well-formed code may still be absent from the release you
/// use. Codes are kept exactly as given; nothing is trimmed, re-cased or re-punctuated.
/// </para>
/// <para>
/// <b>Equality</b> compares <see cref="CodeSystem"/> and <see cref="Code"/> (ordinally) and ignores
/// <see cref="Display"/>, as FHIR does when it matches codings: the display is informational text and two records of
/// the same code with different wording are the same code.
/// </para>
/// <para>
/// JSON: an object <c>{"system": "http://loinc.org", "code": "2890-2", "display": "…"}</c>; <c>display</c> is omitted
/// when <see langword="null"/>. Reading applies the same rules and fails with a <see cref="System.Text.Json.JsonException"/>
/// that names the broken rule. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(ClinicalCodeJsonConverter))]
public sealed record ClinicalCode
{
    /// <summary>The longest display text accepted, in characters.</summary>
    public const int MaxDisplayLength = 1024;

    private ClinicalCode(CodeSystem codeSystem, string code, string? display)
    {
        CodeSystem = codeSystem;
        Code = code;
        Display = display;
    }

    /// <summary>Gets the code system the code belongs to (FHIR <c>Coding.system</c>; JSON property <c>system</c>).</summary>
    /// <value>A specified code system; never <c>default</c>.</value>
    [JsonPropertyName("system")]
    public CodeSystem CodeSystem { get; }

    /// <summary>Gets the code, exactly as given, in the format of <see cref="CodeSystem"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the human-readable text for the code, or <see langword="null"/>. Not part of equality.</summary>
    public string? Display { get; }

    /// <summary>Creates a validated code.</summary>
    /// <param name="codeSystem">The code system; must be specified.</param>
    /// <param name="code">The code, in the format of <paramref name="codeSystem"/> (see the remarks on <see cref="ClinicalCode"/>).</param>
    /// <param name="display">
    /// Optional text for the code: when given, not empty or only whitespace, at most <see cref="MaxDisplayLength"/>
    /// characters, without control characters.
    /// </param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="codeSystem"/> is <c>default</c>, <paramref name="code"/> breaks the format rule of its system, or
    /// <paramref name="display"/> is not acceptable; the message names the rule.
    /// </exception>
    public static ClinicalCode Create(CodeSystem codeSystem, string code, string? display = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var (error, paramName) = Check(codeSystem, code, display);
        return error is null ? new ClinicalCode(codeSystem, code, display) : throw new ArgumentException(error, paramName);
    }

    /// <summary>Tries to create a validated code; never throws.</summary>
    /// <param name="codeSystem">The code system; must be specified.</param>
    /// <param name="code">The candidate code.</param>
    /// <param name="display">Optional text for the code (see <see cref="Create"/>).</param>
    /// <param name="result">The code, or <see langword="null"/> when the input is not valid.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise a sentence naming the broken rule, for example
    /// <c>'2890-3' is not a valid LOINC code: the check digit is 3 but the LOINC mod-10 check digit of 2890 is 2</c>.
    /// </param>
    /// <returns><see langword="true"/> when the input is valid.</returns>
    public static bool TryCreate(
        CodeSystem codeSystem,
        string? code,
        string? display,
        [NotNullWhen(true)] out ClinicalCode? result,
        [NotNullWhen(false)] out string? error)
    {
        if (code is null)
        {
            (result, error) = (null, "the code is missing (null)");
            return false;
        }

        error = Check(codeSystem, code, display).Error;
        result = error is null ? new ClinicalCode(codeSystem, code, display) : null;
        return result is not null;
    }

    /// <summary>Creates a WHO ATC code (<see cref="CodeSystem.Atc"/>), for example <c>L04AG04</c>.</summary>
    /// <param name="code">An ATC code of level 1 to 5 (<c>A</c>, <c>A00</c>, <c>A00A</c>, <c>A00AA</c>, <c>A00AA00</c>).</param>
    /// <param name="display">Optional text, such as the ATC substance name.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode Atc(string code, string? display = null) => Create(CodeSystem.Atc, code, display);

    /// <summary>Creates a WHO ICD-10 code (<see cref="CodeSystem.Icd10"/>), for example <c>M32.1</c>.</summary>
    /// <param name="code">A letter and two digits, optionally a dot and one or two digits.</param>
    /// <param name="display">Optional text for the code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode Icd10(string code, string? display = null) => Create(CodeSystem.Icd10, code, display);

    /// <summary>Creates an ICD-10-CM code (<see cref="CodeSystem.Icd10Cm"/>), for example <c>M32.14</c>.</summary>
    /// <param name="code">A letter, a digit, a digit or letter, optionally a dot and one to four digits or letters.</param>
    /// <param name="display">Optional text for the code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode Icd10Cm(string code, string? display = null) => Create(CodeSystem.Icd10Cm, code, display);

    /// <summary>Creates a SNOMED CT concept code (<see cref="CodeSystem.SnomedCt"/>), for example <c>55464009</c>.</summary>
    /// <param name="code">A concept id: 6 to 18 digits, concept partition, valid Verhoeff check digit.</param>
    /// <param name="display">Optional text, such as the preferred term.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode SnomedCt(string code, string? display = null) => Create(CodeSystem.SnomedCt, code, display);

    /// <summary>Creates a LOINC code (<see cref="CodeSystem.Loinc"/>), for example <c>2890-2</c>.</summary>
    /// <param name="code">Digits, a hyphen and the LOINC mod-10 check digit.</param>
    /// <param name="display">Optional text, such as the long common name.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode Loinc(string code, string? display = null) => Create(CodeSystem.Loinc, code, display);

    /// <summary>Creates an RxNorm code (<see cref="CodeSystem.RxNorm"/>).</summary>
    /// <param name="code">An RxCUI: 1 to 10 digits without a leading zero.</param>
    /// <param name="display">Optional text for the code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode RxNorm(string code, string? display = null) => Create(CodeSystem.RxNorm, code, display);

    /// <summary>Creates an HGNC gene id (<see cref="CodeSystem.Hgnc"/>), for example <c>HGNC:12014</c> (TPMT).</summary>
    /// <param name="code"><c>HGNC:</c> followed by 1 to 7 digits.</param>
    /// <param name="display">Optional text, such as the approved gene symbol.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code or display is not valid; the message names the rule.</exception>
    public static ClinicalCode Hgnc(string code, string? display = null) => Create(CodeSystem.Hgnc, code, display);

    /// <summary>Returns a copy of this code with another display text; equality is unaffected.</summary>
    /// <param name="display">The new display text, or <see langword="null"/> to remove it.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="display"/> is not acceptable (see <see cref="Create"/>).</exception>
    public ClinicalCode WithDisplay(string? display)
    {
        var error = CheckDisplay(display);
        return error is null ? new ClinicalCode(CodeSystem, Code, display) : throw new ArgumentException(error, nameof(display));
    }

    /// <summary>Compares system and code ordinally; <see cref="Display"/> is ignored.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns><see langword="true"/> when both name the same code of the same system.</returns>
    public bool Equals(ClinicalCode? other) =>
        other is not null && CodeSystem == other.CodeSystem && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <summary>Returns a hash of system and code, consistent with <see cref="Equals(ClinicalCode?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(CodeSystem, StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>Returns the system's short name (or URI), the code and the display in quotes, for example <c>LOINC 2890-2 "Protein/Creatinine [Mass Ratio] in Urine"</c>.</summary>
    /// <returns>A readable form of the code.</returns>
    public override string ToString() => Display is null ? $"{CodeSystem} {Code}" : $"{CodeSystem} {Code} \"{Display}\"";

    /// <summary>Checks all inputs; returns the first error and the parameter it concerns.</summary>
    internal static (string? Error, string? ParamName) Check(CodeSystem codeSystem, string code, string? display)
    {
        if (!codeSystem.IsSpecified)
        {
            return ("the code system is unspecified (default(CodeSystem)); pass one such as CodeSystem.Loinc", nameof(codeSystem));
        }

        var codeError = CodeFormats.Check(codeSystem, code);
        if (codeError is not null)
        {
            var name = codeSystem.IsWellKnown ? codeSystem.ToString() : "code of system " + codeSystem.Uri;
            return ($"not a valid {name}{(codeSystem.IsWellKnown ? " code" : string.Empty)}: {codeError}", nameof(code));
        }

        var displayError = CheckDisplay(display);
        return displayError is null ? (null, null) : (displayError, nameof(display));
    }

    private static string? CheckDisplay(string? display)
    {
        var error = display is null ? null : CodeText.CheckFreeText(display, MaxDisplayLength);
        return error is null ? null : "the display text is not valid: " + error;
    }
}
