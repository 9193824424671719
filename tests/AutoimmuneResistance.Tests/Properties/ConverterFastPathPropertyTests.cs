using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>A generated JSON object (or, now and then, a bare value) of quantity member names and values; prints as its JSON.</summary>
public sealed record QuantityObjectJson(string Json)
{
    public override string ToString() => Json;
}

/// <summary>A generated JSON object (or, now and then, a bare value) of clinical-code member names and values; prints as its JSON.</summary>
public sealed record ClinicalCodeObjectJson(string Json)
{
    public override string ToString() => Json;
}

/// <summary>
/// The converter properties' arbitraries: JSON objects of zero to four members drawn from a converter's names (right,
/// misspelt, re-cased, escaped) and values (valid, of the wrong type, out of range, unknown units and systems),
/// sometimes with a broken separator or not an object at all. No shrinking.
/// </summary>
internal static class ConverterArbitraries
{
    private static readonly string[] QuantityNames = ["value", "unit", "Value", "UNIT", "vaule", "v\\u0061lue", "un\\u0069t", "x", ""];

    private static readonly string[] QuantityValues =
    [
        "7.5", "4.10", "0", "0.0", "-1", "-0.5", "1e3", "650", "100000", "100000.0001", "1000.5", "0.0000001", "79228162514264337593543950336",
        "\"7.5\"", "null", "true", "[]", "{}", "\"mg\"", "\"kg\"", "\"g\"", "\"ng/mL\"", "\"%\"", "\"[lb_av]\"", "\"Cel\"", "\"MG\"", "\"mg \"",
        "\"mg\\/kg\"", "\"n\\u0067/mL\"", "\"[IU]/mL\"", "\"mL/min/{1.73_m2}\"", "\"\"", "-273.16", "-459.67",
    ];

    private static readonly string[] CodeNames = ["system", "code", "display", "System", "c\\u006Fde", "disp", "x"];

    private static readonly string[] CodeValues =
    [
        "\"http://loinc.org\"", "\"http:\\/\\/loinc.org\"", "\"http://loinc.org/\"", "\"http://snomed.info/sct\"", "\"http://hl7.org/fhir/sid/icd-10\"",
        "\"http://www.whocc.no/atc\"", "\"urn:oid:1.2.3\"", "\"not a uri\"", "\"/path\"", "\"\"", "\"2890-2\"", "\"2890-3\"", "\"M32.1\"",
        "\"55464009\"", "\"P01BA02\"", "\"Systemic lupus\"", "\" \"", "\"tab\\there\"", "null", "1", "true", "{}",
    ];

    public static Arbitrary<QuantityObjectJson> QuantityObjects() =>
        Objects(QuantityNames, QuantityValues).Select(json => new QuantityObjectJson(json)).ToArbitrary();

    public static Arbitrary<ClinicalCodeObjectJson> ClinicalCodeObjects() =>
        Objects(CodeNames, CodeValues).Select(json => new ClinicalCodeObjectJson(json)).ToArbitrary();

    // An object of zero to four members drawn from the names and values, sometimes with a broken separator.
    private static Gen<string> Objects(string[] names, string[] values) =>
        from count in Gen.Choose(0, 4)
        from members in (from name in Gen.Elements(names) from value in Gen.Elements(values) select $"\"{name}\":{value}").ArrayOf(count)
        from broken in Gen.Frequency((12, Gen.Constant(string.Empty)), (1, Gen.Elements(",", "}", "x")))
        from notObject in Gen.Frequency((15, Gen.Constant(string.Empty)), (1, Gen.Elements(values)))
        select notObject.Length > 0 ? notObject : "{" + string.Join(",", members) + broken + "}";
}

/// <summary>
/// The quantity, clinical-code, code-system and identifier converters read valid values on an allocation-free path and
/// hand anything else to their original read. On generated objects, valid and broken (names misspelt, re-cased, escaped or
/// repeated, values of the wrong type, out of range, unknown units and systems, malformed JSON), a converter's Read gives
/// exactly what its original read gives: the same value, or the same exception with the same message.
/// </summary>
[Properties(Arbitrary = [typeof(ConverterArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class ConverterFastPathPropertyTests
{
    private static readonly JsonSerializerOptions Strict = new();
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    [Property(MaxTest = 3000)]
    public void A_quantity_reads_as_the_original_read_reads_it(QuantityObjectJson document)
    {
        var json = document.Json;
        Assert.Equal(Read(json, Strict, Fast<Quantity>), Read(json, Strict, Checked<Quantity>));
        Assert.Equal(Read(json, Strict, Fast<Dose>), Read(json, Strict, Checked<Dose>));
        Assert.Equal(Read(json, Strict, Fast<BodyWeight>), Read(json, Strict, Checked<BodyWeight>));
        Assert.Equal(Read(json, Strict, Fast<Temperature>), Read(json, Strict, Checked<Temperature>));
        Assert.Equal(Read(json, CaseInsensitive, Fast<Concentration>), Read(json, CaseInsensitive, Checked<Concentration>));
    }

    [Property(MaxTest = 3000)]
    public void A_clinical_code_reads_as_the_original_read_reads_it(ClinicalCodeObjectJson document)
    {
        var json = document.Json;
        var converter = new ClinicalCodeJsonConverter();
        Assert.Equal(
            Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) => Describe(converter.Read(ref r, typeof(ClinicalCode), o))),
            Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) => Describe(ClinicalCodeJsonConverter.ReadChecked(ref r))));
    }

    [Theory]
    [InlineData("\"http://loinc.org\"")]
    [InlineData("\"http:\\/\\/loinc.org\"")]
    [InlineData("\"http://www.nlm.nih.gov/research/umls/rxnorm\"")]
    [InlineData("\"urn:oid:2.16.840.1.113883.6.96\"")]
    [InlineData("\"http://loinc.org/\"")]
    [InlineData("\"\"")]
    [InlineData("\"/etc\"")]
    [InlineData("5")]
    public void A_code_system_reads_as_its_text_is_checked(string json)
    {
        var converter = new CodeSystemJsonConverter();

        Assert.Equal(
            Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) => Describe(CodeSystemJsonConverter.FromText(r.TokenType == JsonTokenType.String ? r.GetString()! : throw new JsonException($"expected a string holding a CodeSystem URI, found {r.TokenType}")))),
            Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) => Describe(converter.Read(ref r, typeof(CodeSystem), o))));
    }

    [Theory]
    [InlineData("\"hydroxychloroquine\"")]
    [InlineData("\"hydroxy\\u0063hloroquine\"")]
    [InlineData("\"HCQ\"")]
    [InlineData("\"\"")]
    [InlineData("1")]
    public void An_identifier_reads_the_same_whether_remembered_or_not(string json)
    {
        var converter = new IdentifierJsonConverter<TherapyId>();
        var first = Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) => converter.Read(ref r, typeof(TherapyId), o).Value);
        var second = Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) => converter.Read(ref r, typeof(TherapyId), o).Value);
        var created = Read(json, Strict, (ref Utf8JsonReader r, JsonSerializerOptions o) =>
            r.TokenType == JsonTokenType.String && TherapyId.TryParse(r.GetString(), out var id) ? id.Value : "error");

        Assert.Equal(first, second);
        Assert.Equal(created.StartsWith("error", StringComparison.Ordinal) || created.StartsWith("JsonException", StringComparison.Ordinal), first.StartsWith("JsonException", StringComparison.Ordinal));
    }

    private delegate string Reading(ref Utf8JsonReader reader, JsonSerializerOptions options);

    private static string Fast<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : struct, IQuantity<T> =>
        Describe(new QuantityJsonConverter<T>().Read(ref reader, typeof(T), options));

    private static string Checked<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : struct, IQuantity<T> =>
        Describe(QuantityJsonConverter<T>.ReadChecked(ref reader, options));

    private static string Describe<T>(T quantity)
        where T : struct, IQuantity<T> =>
        $"{quantity.Unit} {string.Join(",", decimal.GetBits(quantity.Value))}";

    private static string Describe(ClinicalCode code) => $"{code.CodeSystem.Uri}|{code.Code}|{code.Display ?? "(none)"}";

    private static string Describe(CodeSystem system) => system.Uri;

    // The value, or the exception type and message; plus where the reader stopped, which must agree too.
    private static string Read(string json, JsonSerializerOptions options, Reading read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        try
        {
            reader.Read();
            var result = read(ref reader, options);
            return $"{result} @{reader.BytesConsumed} {reader.TokenType}";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // A value's rejection is a JsonException subtype that keeps the value apart; the kind is what matters here.
            return $"{(e is JsonException ? nameof(JsonException) : e.GetType().Name)}: {e.Message}";
        }
    }
}
