using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a <see cref="TreatmentOption"/>. In a single assessment every option is written whole. In a JSON
/// Lines results file, whose header lists the options the pipeline's modules declare, an option that is a declared one
/// laid over the patient is written with only what is the patient's own (<c>key</c>, <c>rank</c>, <c>flags</c>,
/// <c>courses</c>, <c>notes</c>, and <c>citations</c> when they differ from the declared ones); reading fills in the
/// rest (<c>title</c>, <c>therapies</c>, <c>rationale</c>, <c>grade</c>, <c>effects</c>) from the header.
/// </summary>
/// <remarks>
/// Property names are fixed and case-sensitive; unknown or repeated properties are rejected, and so is an option that
/// lacks <c>title</c>, <c>rationale</c> or <c>grade</c> when no header declares its key. Citations are written as keys
/// (see <see cref="CitationKeysJsonConverter"/>).
/// </remarks>
public sealed class TreatmentOptionJsonConverter : JsonConverter<TreatmentOption>, IJsonSchemaSource
{
    private static readonly string[] PropertyNames = ["rank", "key", "title", "therapies", "rationale", "grade", "citations", "flags", "courses", "notes", "effects"];
    private static readonly CitationKeysJsonConverter CitationKeys = new();

    [ThreadStatic]
    private static IReadOnlyDictionary<string, TreatmentOption>? t_declared;

    /// <summary>Makes <paramref name="declared"/> the options written compactly and read back on this thread until the returned scope is disposed.</summary>
    internal static Scope Declaring(IReadOnlyDictionary<string, TreatmentOption> declared)
    {
        var previous = t_declared;
        t_declared = declared;
        return new Scope(previous);
    }

    /// <summary>Returns whether <paramref name="option"/> is <paramref name="declared"/> laid over a patient: the same key, title, therapies, rationale, grade and effects.</summary>
    internal static bool IsLaidOver(TreatmentOption option, TreatmentOption declared) =>
        option.Key == declared.Key && option.Title == declared.Title && option.Rationale == declared.Rationale
        && option.Grade == declared.Grade && option.Therapies.SequenceEqual(declared.Therapies)
        && option.Effects.SequenceEqual(declared.Effects);

    /// <inheritdoc/>
    public override TreatmentOption Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected an object for a treatment option, found {reader.TokenType}");
        }

        var seen = new bool[PropertyNames.Length];
        int? rank = null;
        string? key = null, title = null, rationale = null;
        EvidenceGrade? grade = null;
        ImmutableArray<TherapyId>? therapies = null;
        ImmutableArray<Citation>? citations = null;
        ImmutableArray<TreatmentOptionTag> flags = [];
        ImmutableArray<string> courses = [], notes = [];
        ImmutableArray<PublishedEffect>? effects = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var index = Array.IndexOf(PropertyNames, name);
            if (index < 0)
            {
                throw new JsonException($"unknown property '{CodeText.Truncate(name)}' in a treatment option; expected {string.Join(", ", PropertyNames)}");
            }

            if (seen[index])
            {
                throw new JsonException($"the property '{name}' appears twice in a treatment option");
            }

            seen[index] = true;
            reader.Read();
            switch (index)
            {
                case 0:
                    rank = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var r) ? r : throw new JsonException("the property 'rank' of a treatment option must be an integer");
                    break;
                case 1:
                    key = Text(ref reader, name);
                    break;
                case 2:
                    title = Text(ref reader, name);
                    break;
                case 3:
                    therapies = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImmutableArray<TherapyId>>)options.GetTypeInfo(typeof(ImmutableArray<TherapyId>)));
                    break;
                case 4:
                    rationale = Text(ref reader, name);
                    break;
                case 5:
                    grade = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<EvidenceGrade>)options.GetTypeInfo(typeof(EvidenceGrade)));
                    break;
                case 6:
                    citations = CitationKeys.Read(ref reader, typeof(ImmutableArray<Citation>), options);
                    break;
                case 7:
                    flags = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImmutableArray<TreatmentOptionTag>>)options.GetTypeInfo(typeof(ImmutableArray<TreatmentOptionTag>)));
                    break;
                case 8:
                    courses = Texts(ref reader, options);
                    break;
                case 9:
                    notes = Texts(ref reader, options);
                    break;
                default:
                    effects = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImmutableArray<PublishedEffect>>)options.GetTypeInfo(typeof(ImmutableArray<PublishedEffect>)));
                    break;
            }
        }

        if (rank is null || key is null)
        {
            throw new JsonException("a treatment option needs the properties 'rank' and 'key'");
        }

        TreatmentOption? declared = null;
        if (title is null || rationale is null || grade is null)
        {
            if (t_declared is not { } table || !table.TryGetValue(key, out declared))
            {
                throw new JsonException($"the treatment option '{CodeText.Truncate(key)}' has no title, rationale or grade, and no results header declares it");
            }
        }

        return new TreatmentOption
        {
            Rank = rank.Value,
            Key = key,
            Title = title ?? declared!.Title,
            Therapies = therapies ?? declared?.Therapies ?? [],
            Rationale = rationale ?? declared!.Rationale,
            Grade = grade ?? declared!.Grade,
            Citations = citations ?? declared?.Citations ?? [],
            Effects = effects ?? declared?.Effects ?? [],
            Flags = flags,
            Courses = courses,
            Notes = notes,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TreatmentOption value, JsonSerializerOptions options)
    {
        var declared = t_declared is { } table && table.TryGetValue(value.Key, out var entry) && IsLaidOver(value, entry) ? entry : null;
        writer.WriteStartObject();
        writer.WriteNumber("rank"u8, value.Rank);
        writer.WriteString("key"u8, value.Key);
        if (declared is null)
        {
            writer.WriteString("title"u8, value.Title);
            if (!value.Therapies.IsEmpty)
            {
                writer.WritePropertyName("therapies"u8);
                JsonSerializer.Serialize(writer, value.Therapies, options.GetTypeInfo(typeof(ImmutableArray<TherapyId>)));
            }

            writer.WriteString("rationale"u8, value.Rationale);
            writer.WritePropertyName("grade"u8);
            JsonSerializer.Serialize(writer, value.Grade, options.GetTypeInfo(typeof(EvidenceGrade)));
            if (!value.Effects.IsEmpty)
            {
                writer.WritePropertyName("effects"u8);
                JsonSerializer.Serialize(writer, value.Effects, options.GetTypeInfo(typeof(ImmutableArray<PublishedEffect>)));
            }
        }

        if (declared is null ? !value.Citations.IsEmpty : !value.Citations.SequenceEqual(declared.Citations))
        {
            writer.WritePropertyName("citations"u8);
            CitationKeys.Write(writer, value.Citations, options);
        }

        if (!value.Flags.IsEmpty)
        {
            writer.WritePropertyName("flags"u8);
            JsonSerializer.Serialize(writer, value.Flags, options.GetTypeInfo(typeof(ImmutableArray<TreatmentOptionTag>)));
        }

        WriteTexts(writer, "courses"u8, value.Courses);
        WriteTexts(writer, "notes"u8, value.Notes);
        writer.WriteEndObject();
    }

    private static string Text(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"the property '{name}' of a treatment option must be a string, found {reader.TokenType}");

    private static ImmutableArray<string> Texts(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImmutableArray<string>>)options.GetTypeInfo(typeof(ImmutableArray<string>)));

    private static void WriteTexts(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImmutableArray<string> texts)
    {
        if (texts.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var text in texts)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "An option to consider. In a results file, an option the header declares carries only key, rank and the patient's own flags, courses, notes and citations.",
        ["properties"] = new JsonObject
        {
            ["rank"] = new JsonObject { ["type"] = "integer" },
            ["key"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["therapies"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["rationale"] = new JsonObject { ["type"] = "string" },
            ["grade"] = new JsonObject { ["enum"] = new JsonArray("guideline", "randomized-trial", "post-hoc-analysis", "observational", "extrapolated", "expert-opinion", "case-series") },
            ["effects"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "The published results the option rests on (see PublishedEffect).",
                ["items"] = EffectSchema(),
            },
            ["citations"] = ((IJsonSchemaSource)CitationKeys).GetSchema(),
            ["flags"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["enum"] = new JsonArray("emerging", "add-on", "already-tried", "partly-tried", "stopped-for-inefficacy") } },
            ["courses"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["notes"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        },
        ["required"] = new JsonArray("rank", "key"),
        ["additionalProperties"] = false,
    };

    // A published effect as PublishedEffect writes it (the same shape the findings' schema exports from the contract).
    private static JsonObject EffectSchema()
    {
        static JsonObject Text() => new() { ["type"] = "string" };
        static JsonObject OptionalText() => new() { ["type"] = new JsonArray("string", "null") };
        static JsonObject OptionalNumber() => new() { ["type"] = new JsonArray("number", "null") };
        static JsonObject OptionalInteger() => new() { ["type"] = new JsonArray("integer", "null") };
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["study"] = Text(),
                ["endpoint"] = Text(),
                ["group"] = OptionalText(),
                ["measure"] = new JsonObject { ["enum"] = new JsonArray("risk-difference", "odds-ratio", "hazard-ratio", "mean-difference", "proportion", "variance-explained") },
                ["value"] = new JsonObject { ["type"] = "number" },
                ["unit"] = Text(),
                ["confidenceLow"] = OptionalNumber(),
                ["confidenceHigh"] = OptionalNumber(),
                ["arms"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { ["label"] = Text(), ["participants"] = OptionalInteger(), ["value"] = OptionalNumber(), ["unit"] = OptionalText() },
                        ["required"] = new JsonArray("label"),
                    },
                },
                ["participants"] = OptionalInteger(),
                ["design"] = new JsonObject { ["enum"] = new JsonArray("guideline", "randomized-trial", "post-hoc-analysis", "observational", "extrapolated", "expert-opinion", "case-series") },
                ["citation"] = CitationKeysJsonConverter.OneSchema(),
            },
            ["required"] = new JsonArray("study", "endpoint", "measure", "value", "unit", "design", "citation"),
        };
    }

    /// <summary>Restores the previous declared options when disposed.</summary>
    internal readonly struct Scope(IReadOnlyDictionary<string, TreatmentOption>? previous) : IDisposable
    {
        public void Dispose() => t_declared = previous;
    }
}
