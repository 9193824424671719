namespace AutoimmuneResistance;

/// <summary>
/// The format rule for codes of each well-known <see cref="CodeSystem"/>. Every check returns <see langword="null"/> for a
/// well-formed code, or the reason it is not, phrased to follow "'X' is not a valid LOINC code: ". The rules check shape
/// and check digits only; they do not prove that a code exists in a given release of the terminology.
/// </summary>
/// <remarks>The rules are listed for users in docs/codes.md; keep both in step.</remarks>
internal static class CodeFormats
{
    /// <summary>The longest code accepted for a system without its own rule.</summary>
    public const int MaxGenericLength = 64;

    // Verhoeff dihedral-group multiplication table d(j, k).
    private static readonly byte[,] VerhoeffMultiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    // Verhoeff permutation table p(position mod 8, digit).
    private static readonly byte[,] VerhoeffPermutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static readonly byte[] VerhoeffInverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    /// <summary>Checks <paramref name="code"/> against the rule of <paramref name="system"/>.</summary>
    public static string? Check(CodeSystem system, string code)
    {
        if (code.Length == 0)
        {
            return "the code is empty";
        }

        return system.Uri switch
        {
            "http://www.whocc.no/atc" => CheckAtc(code),
            "http://hl7.org/fhir/sid/icd-10" => CheckIcd10(code, clinicalModification: false),
            "http://hl7.org/fhir/sid/icd-10-cm" => CheckIcd10(code, clinicalModification: true),
            "http://snomed.info/sct" => CheckSnomedCt(code),
            "http://loinc.org" => CheckLoinc(code),
            "http://www.nlm.nih.gov/research/umls/rxnorm" => CheckRxNorm(code),
            "http://unitsofmeasure.org" => CheckUcum(code),
            "http://www.genenames.org/geneId" => CheckHgnc(code),
            _ => CheckGeneric(code),
        };
    }

    /// <summary>
    /// ATC: one of the five level shapes, upper case: <c>A</c> (anatomical main group), <c>A00</c> (therapeutic
    /// subgroup), <c>A00A</c> (pharmacological subgroup), <c>A00AA</c> (chemical subgroup), <c>A00AA00</c> (substance).
    /// </summary>
    public static string? CheckAtc(string code)
    {
        const string Expected = "expected an ATC code of level 1 to 5: A, A00, A00A, A00AA or A00AA00 (upper-case letters, digits as shown)";
        if (code.Length is not (1 or 3 or 4 or 5 or 7))
        {
            return $"it has {code.Length} characters; " + Expected;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var wantsDigit = i is 1 or 2 or 5 or 6;
            var c = code[i];
            var ok = wantsDigit ? char.IsAsciiDigit(c) : char.IsAsciiLetterUpper(c);
            if (!ok)
            {
                return char.IsAsciiLetterLower(c)
                    ? "ATC codes are upper case; " + Expected
                    : $"character {i + 1} should be {(wantsDigit ? "a digit" : "an upper-case letter")}; " + Expected;
            }
        }

        return null;
    }

    /// <summary>
    /// ICD-10 (WHO): an upper-case letter and two digits (the category, <c>M32</c>), optionally a dot and one or two
    /// digits (the subcategory and, where a chapter defines one, a fifth character: <c>M32.1</c>, <c>S72.00</c>).
    /// ICD-10-CM: an upper-case letter, a digit and a digit or upper-case letter (<c>M32</c>, <c>M1A</c>), optionally a
    /// dot and one to four digits or upper-case letters (<c>M32.14</c>, <c>T36.0X1A</c>). In both, the dot is required
    /// before the fourth character, and dagger (†) or asterisk (*) markers are not part of a code.
    /// </summary>
    public static string? CheckIcd10(string code, bool clinicalModification)
    {
        var expected = clinicalModification
            ? "expected an ICD-10-CM code: letter, digit, digit or letter, then optionally '.' and 1 to 4 digits or letters (M32.14, M1A.0)"
            : "expected a WHO ICD-10 code: letter and two digits, then optionally '.' and 1 or 2 digits (M32, M32.1)";
        if (code[^1] is '†' or '*' or '+')
        {
            return "dagger (†) and asterisk (*) markers are not part of an ICD-10 code; record the dagger and the asterisk code as two codes";
        }

        if (code.Length < 3)
        {
            return $"it has {code.Length} characters; " + expected;
        }

        var category = code.AsSpan(0, 3);
        var categoryOk = char.IsAsciiLetterUpper(category[0]) && char.IsAsciiDigit(category[1])
            && (char.IsAsciiDigit(category[2]) || (clinicalModification && char.IsAsciiLetterUpper(category[2])));
        if (!categoryOk)
        {
            return (code.Any(char.IsAsciiLetterLower) ? "ICD-10 codes are upper case; " : "the first three characters are not a category; ") + expected;
        }

        if (code.Length == 3)
        {
            return null;
        }

        if (code[3] != '.')
        {
            return "the dot goes after the third character; " + expected;
        }

        var rest = code.AsSpan(4);
        var maxRest = clinicalModification ? 4 : 2;
        if (rest.Length == 0 || rest.Length > maxRest)
        {
            return $"it has {rest.Length} characters after the dot; " + expected;
        }

        foreach (var c in rest)
        {
            var ok = char.IsAsciiDigit(c) || (clinicalModification && char.IsAsciiLetterUpper(c));
            if (!ok)
            {
                return (clinicalModification ? "a character after the dot is not a digit or an upper-case letter; " : "a character after the dot is not a digit; ") + expected;
            }
        }

        return null;
    }

    /// <summary>
    /// SNOMED CT concept id (SCTID): 6 to 18 digits without a leading zero; the two digits before the last are the
    /// partition identifier and must be a concept partition (<c>00</c>, or <c>10</c> for an id with a 7-digit
    /// namespace, which makes it at least 11 digits long); the last digit is a Verhoeff check digit. Description and
    /// relationship ids and post-coordinated expressions are not concept codes and are rejected.
    /// </summary>
    public static string? CheckSnomedCt(string code)
    {
        const string Expected = "expected a SNOMED CT concept id: 6 to 18 digits, concept partition, Verhoeff check digit (55464009)";
        if (!IsAllDigits(code))
        {
            return "it is not all digits (expressions and terms are not concept codes); " + Expected;
        }

        if (code.Length is < 6 or > 18)
        {
            return $"it has {code.Length} digits; " + Expected;
        }

        if (code[0] == '0')
        {
            return "it starts with 0; " + Expected;
        }

        var partition = code.Substring(code.Length - 3, 2);
        if (partition is not ("00" or "10"))
        {
            return "the partition identifier (the two digits before the check digit) is not a concept partition (00 or 10); " + Expected;
        }

        if (partition == "10" && code.Length < 11)
        {
            return "partition 10 needs a 7-digit namespace, so at least 11 digits; " + Expected;
        }

        var expectedCheck = VerhoeffCheckDigit(code.AsSpan(0, code.Length - 1));
        return code[^1] - '0' == expectedCheck
            ? null
            : "the last digit is not the Verhoeff check digit of the digits before it; " + Expected;
    }

    /// <summary>
    /// LOINC: 1 to 8 digits, a hyphen and a check digit (<c>2890-2</c>), where the check digit is the LOINC mod-10
    /// check digit of the digits before the hyphen. LOINC answer, part, group and answer-list codes (<c>LA</c>,
    /// <c>LP</c>, <c>LG</c>, <c>LL</c> followed by the same shape) are accepted by shape only: the library has no
    /// confirmed reference for their check digits.
    /// </summary>
    public static string? CheckLoinc(string code)
    {
        const string Expected = "expected a LOINC code: 1 to 8 digits, '-', check digit (2890-2)";
        var body = code.AsSpan();
        var prefixed = body.Length > 2 && body[0] == 'L' && body[1] is 'A' or 'P' or 'G' or 'L';
        if (prefixed)
        {
            body = body[2..];
        }

        var hyphen = body.IndexOf('-');
        if (hyphen < 1 || hyphen != body.Length - 2 || !char.IsAsciiDigit(body[^1]))
        {
            return "it is not digits, '-' and one check digit; " + Expected;
        }

        var digits = body[..hyphen];
        if (!IsAllDigits(digits))
        {
            return "the part before '-' is not all digits; " + Expected;
        }

        if (digits.Length > 8)
        {
            return $"it has {digits.Length} digits before '-'; " + Expected;
        }

        if (prefixed)
        {
            return null;
        }

        var expectedCheck = LoincCheckDigit(digits);
        return body[^1] - '0' == expectedCheck
            ? null
            : "the check digit is not the LOINC mod-10 check digit of the digits before '-'; " + Expected;
    }

    /// <summary>RxNorm concept unique identifier (RxCUI): 1 to 10 digits without a leading zero.</summary>
    public static string? CheckRxNorm(string code) =>
        IsAllDigits(code) && code.Length <= 10 && code[0] != '0'
            ? null
            : "expected an RxNorm RxCUI: 1 to 10 digits without a leading zero";

    /// <summary>HGNC gene id: <c>HGNC:</c> followed by 1 to 7 digits without a leading zero (<c>HGNC:12014</c>).</summary>
    public static string? CheckHgnc(string code)
    {
        const string Expected = "expected an HGNC id: 'HGNC:' and 1 to 7 digits (HGNC:12014)";
        if (IsAllDigits(code))
        {
            return "the 'HGNC:' prefix is missing (write it before the digits); " + Expected;
        }

        if (!code.StartsWith("HGNC:", StringComparison.Ordinal))
        {
            return "it does not start with 'HGNC:' (upper case); " + Expected;
        }

        var digits = code.AsSpan(5);
        return IsAllDigits(digits) && digits.Length <= 7 && digits[0] != '0' ? null : Expected;
    }

    /// <summary>
    /// UCUM unit expression: 1 to 64 printable ASCII characters without spaces (<c>mg/dL</c>, <c>%</c>,
    /// <c>mL/min/{1.73_m2}</c>). The grammar itself is not parsed.
    /// </summary>
    public static string? CheckUcum(string code)
    {
        if (code.Length > MaxGenericLength)
        {
            return $"it has {code.Length} characters; expected a UCUM expression of at most {MaxGenericLength} printable ASCII characters";
        }

        foreach (var c in code)
        {
            if (c is < '!' or > '~')
            {
                return "expected a UCUM expression of printable ASCII characters without spaces (mg/dL)";
            }
        }

        return null;
    }

    /// <summary>
    /// Any other system (the FHIR <c>code</c> data type, with a length cap): 1 to 64 characters, no control characters,
    /// no leading or trailing whitespace, and no whitespace inside other than single spaces.
    /// </summary>
    public static string? CheckGeneric(string code)
    {
        if (code.Length > MaxGenericLength)
        {
            return $"it has {code.Length} characters, more than the {MaxGenericLength} allowed for a code";
        }

        if (CodeText.HasControlCharacter(code))
        {
            return "it contains a control character";
        }

        if (char.IsWhiteSpace(code[0]) || char.IsWhiteSpace(code[^1]))
        {
            return "it has leading or trailing whitespace";
        }

        for (var i = 1; i < code.Length; i++)
        {
            if (char.IsWhiteSpace(code[i]) && (code[i] != ' ' || code[i - 1] == ' '))
            {
                return "only single spaces may separate the words of a code";
            }
        }

        return null;
    }

    /// <summary>
    /// The LOINC mod-10 check digit of <paramref name="digits"/>, as described in the LOINC Users' Guide: counting from
    /// the right, double the digits in odd positions (1st, 3rd, …), add the digits of every product and the digits in even
    /// positions, and take the amount needed to reach the next multiple of 10. (This equals the Luhn algorithm.)
    /// </summary>
    public static int LoincCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                digit = (digit / 10) + (digit % 10);
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The Verhoeff check digit that makes <paramref name="digits"/> followed by it a valid Verhoeff number.</summary>
    public static int VerhoeffCheckDigit(ReadOnlySpan<char> digits)
    {
        var c = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            c = VerhoeffMultiplication[c, VerhoeffPermutation[(i + 1) % 8, digit]];
        }

        return VerhoeffInverse[c];
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
