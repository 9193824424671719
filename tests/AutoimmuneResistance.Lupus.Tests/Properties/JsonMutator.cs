using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>The structural mutations <see cref="JsonMutator"/> applies to a valid JSON document.</summary>
internal enum JsonMutationKind
{
    DeleteProperty,
    RenameProperty,
    ReplaceWithOtherType,
    ExtremeNumber,
    ReplaceString,
    DuplicateArrayElement,
    EmptyArray,
    WrapInArray,
    Nest,
    CopyFromElsewhere,
}

/// <summary>
/// One mutation: its kind, which of the applicable places it hits (<see cref="Target"/> modulo their count) and which
/// replacement it uses (<see cref="Choice"/> modulo the kind's options; also the seed of a random string).
/// </summary>
internal readonly record struct JsonMutation(JsonMutationKind Kind, int Target, int Choice);

/// <summary>
/// Mutates valid JSON documents with System.Text.Json.Nodes: deletes or renames a property, replaces a value with one
/// of another JSON type, an extreme number or an odd string, duplicates or empties an array, wraps a value in an array
/// or nests it deeply, or copies a value from elsewhere in the document over another of the same JSON kind (a valid value
/// in the wrong place: a matrix name, a unit, a date, an enumeration member). Deterministic: the same document and mutations give the same text.
/// </summary>
internal static class JsonMutator
{
    // Numbers at and past the edges of int, long, double and decimal, fractions where integers are expected, tiny values.
    private static readonly string[] ExtremeNumbers =
    [
        "0", "-1", "1e30", "0.0000001", "2147483648", "-2147483649", "79228162514264337593543950336",
        "-79228162514264337593543950335", "79228162514264337593543950335", "0.0000000000000000000000000001",
        "1e-30", "1.5", "-0.0", "9223372036854775808", "1e308", "1e400", "-1e400", "123456789012345678901234567890.123456789",
        "100", "1000000", "-1000000", "0.5", "99999999999999999999",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "x", "0", "-1", "null", "true", "2024-02-30", "0001-01-01", "9999-12-31", "2024-13-01", "24-01-01",
        "sle.nope", "SLE", "mg", "ng/mL", "\t", "é", "💊", new string('a', 300), "$", "$kind",
    ];

    private static readonly string[] PropertyNames = ["x", "", "$kind", "$type", "schemaVersion", "on", "id", "present", "value", "unit"];

    /// <summary>Random mutations: 1 to 3 of them, any kind.</summary>
    public static Gen<JsonMutation[]> Mutations() =>
        from count in Gen.Choose(1, 3)
        from mutations in (from kind in Gen.Elements(Enum.GetValues<JsonMutationKind>())
                           from target in Gen.Choose(0, 1_000_000)
                           from choice in Gen.Choose(0, 1_000_000)
                           select new JsonMutation(kind, target, choice)).ArrayOf(count)
        select mutations;

    /// <summary>Applies <paramref name="mutations"/> in turn to a copy of <paramref name="json"/> and returns the text.</summary>
    public static string Apply(string json, IEnumerable<JsonMutation> mutations)
    {
        var root = JsonNode.Parse(json);
        foreach (var mutation in mutations)
        {
            root = Apply(root, mutation);
        }

        return root?.ToJsonString() ?? "null";
    }

    /// <summary>Applies one mutation; returns the (possibly replaced) root. A mutation with no applicable place is a no-op.</summary>
    public static JsonNode? Apply(JsonNode? root, JsonMutation mutation)
    {
        var places = Places(root);
        switch (mutation.Kind)
        {
            case JsonMutationKind.DeleteProperty:
            {
                var members = places.Where(p => p.Parent is JsonObject).ToList();
                if (members.Count > 0)
                {
                    var place = members[mutation.Target % members.Count];
                    ((JsonObject)place.Parent!).Remove(place.Key!);
                }

                return root;
            }

            case JsonMutationKind.RenameProperty:
            {
                var members = places.Where(p => p.Parent is JsonObject).ToList();
                if (members.Count > 0)
                {
                    var place = members[mutation.Target % members.Count];
                    var parent = (JsonObject)place.Parent!;
                    var name = NewName(place.Key!, mutation.Choice);
                    if (!parent.ContainsKey(name))
                    {
                        var index = parent.IndexOf(place.Key!);
                        var value = place.Node;
                        parent.RemoveAt(index);
                        parent.Insert(index, name, value);
                    }
                }

                return root;
            }

            case JsonMutationKind.ReplaceWithOtherType:
                return Replace(root, Pick(places, mutation.Target), OtherType(mutation.Choice));

            case JsonMutationKind.ExtremeNumber:
            {
                var numbers = places.Where(p => p.Node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                var place = numbers.Count > 0 ? numbers[mutation.Target % numbers.Count] : Pick(places, mutation.Target);
                return Replace(root, place, JsonNode.Parse(ExtremeNumbers[mutation.Choice % ExtremeNumbers.Length]));
            }

            case JsonMutationKind.ReplaceString:
            {
                var strings = places.Where(p => p.Node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
                var place = strings.Count > 0 ? strings[mutation.Target % strings.Count] : Pick(places, mutation.Target);
                return Replace(root, place, JsonValue.Create(OddString(mutation.Choice)));
            }

            case JsonMutationKind.DuplicateArrayElement:
            {
                var arrays = places.Where(p => p.Node is JsonArray { Count: > 0 }).ToList();
                if (arrays.Count > 0)
                {
                    var array = (JsonArray)arrays[mutation.Target % arrays.Count].Node!;
                    var index = mutation.Choice % array.Count;
                    array.Insert(index, array[index]?.DeepClone());
                }

                return root;
            }

            case JsonMutationKind.EmptyArray:
            {
                var arrays = places.Where(p => p.Node is JsonArray { Count: > 0 }).ToList();
                if (arrays.Count > 0)
                {
                    ((JsonArray)arrays[mutation.Target % arrays.Count].Node!).Clear();
                }

                return root;
            }

            case JsonMutationKind.WrapInArray:
            {
                var place = Pick(places, mutation.Target);
                return Replace(root, place, new JsonArray(place.Node?.DeepClone()));
            }

            case JsonMutationKind.Nest:
            {
                // Depths below, at and beyond the contract's nesting limit of 32.
                int[] depths = [1, 2, 31, 33, 70];
                var place = Pick(places, mutation.Target);
                var node = place.Node?.DeepClone();
                var depth = depths[mutation.Choice % depths.Length];
                for (var i = 0; i < depth; i++)
                {
                    node = (mutation.Choice / depths.Length) % 2 == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
                }

                return Replace(root, place, node);
            }

            case JsonMutationKind.CopyFromElsewhere:
            {
                var place = Pick(places, mutation.Target);
                var kind = place.Node?.GetValueKind();
                var sources = places.Where(p => p.Node is not null && p.Node.GetValueKind() == kind && !ReferenceEquals(p.Node, place.Node)).ToList();
                return sources.Count == 0 ? root : Replace(root, place, sources[mutation.Choice % sources.Count].Node!.DeepClone());
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation.Kind, "unknown mutation kind");
        }
    }

    private static Place Pick(List<Place> places, int target) => places[target % places.Count];

    private static JsonNode? Replace(JsonNode? root, Place place, JsonNode? replacement)
    {
        switch (place.Parent)
        {
            case JsonObject parent:
                parent[place.Key!] = replacement;
                return root;
            case JsonArray parent:
                parent[place.Index] = replacement;
                return root;
            default:
                return replacement;
        }
    }

    private static JsonNode? OtherType(int choice) => (choice % 10) switch
    {
        0 => JsonValue.Create("text"),
        1 => JsonValue.Create(0),
        2 => JsonValue.Create(1),
        3 => JsonValue.Create(-7.25m),
        4 => JsonValue.Create(true),
        5 => JsonValue.Create(false),
        6 => null,
        7 => new JsonArray(),
        8 => new JsonObject(),
        _ => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), new JsonObject { ["b"] = null }),
    };

    private static string OddString(int choice)
    {
        if (choice % 3 != 0)
        {
            return OddStrings[choice % OddStrings.Length];
        }

        // A random string of letters, digits, punctuation, controls and non-ASCII characters, seeded by the choice.
        const string Alphabet = "abcXYZ019-._:/ $\"\\\n\u0001äß漢";
        var random = new Random(choice);
        var builder = new StringBuilder();
        var length = random.Next(0, 24);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string NewName(string name, int choice) => (choice % 6) switch
    {
        0 => name.Length == 0 ? "X" : char.ToUpperInvariant(name[0]) + name[1..],
        1 => name + "s",
        2 => name.Length > 1 ? name[..^1] : name + "_",
        3 => string.Equals(name.ToUpperInvariant(), name, StringComparison.Ordinal) ? name + "x" : name.ToUpperInvariant(),
        _ => PropertyNames[choice % PropertyNames.Length],
    };

    // Every value in the document with where it sits: the root (no parent), an object member or an array element.
    private static List<Place> Places(JsonNode? root)
    {
        var places = new List<Place> { new(null, null, -1, root) };
        for (var i = 0; i < places.Count; i++)
        {
            switch (places[i].Node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        places.Add(new Place(obj, key, -1, value));
                    }

                    break;
                case JsonArray array:
                    for (var j = 0; j < array.Count; j++)
                    {
                        places.Add(new Place(array, null, j, array[j]));
                    }

                    break;
            }
        }

        return places;
    }

    private sealed record Place(JsonNode? Parent, string? Key, int Index, JsonNode? Node);
}
