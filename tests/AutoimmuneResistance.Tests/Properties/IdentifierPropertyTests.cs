using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>A text to parse as every identifier type; prints quoted, with anything outside printable ASCII escaped.</summary>
public sealed record IdentifierText(string Value)
{
    public override string ToString() =>
        "'" + string.Concat(Value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "'";
}

/// <summary>
/// The identifier property's arbitrary: texts that every identifier syntax accepts or rejects in roughly equal measure
/// (short texts of letters, digits, separators and look-alike non-ASCII characters; long texts; words joined by
/// separators, sometimes damaged). No shrinking.
/// </summary>
internal static class IdentifierArbitraries
{
    // Letters of every case, digits, every separator the syntaxes know, and characters that look like them but are not
    // ASCII (Kelvin sign, dotless i, non-breaking space, full-width digit, an emoji's surrogates).
    private const string Pool = "abkzABKZ019._-:/ \t\n*+é\u212A\u0131\u00A0\uFF11\uD83D\uDE00";

    internal static Gen<string> Strings { get; } = Gen.Frequency(
        (4, Text(Pool, 0, 12)),
        (1, Text("ab1.-_", 25, 140)),
        (3, Segments("abcxyz0129", "._-")),
        (2, Segments("ABCXYZ0129", "-")),
        (2, from first in Text("aZ9", 1, 1) from rest in Text("aZ9.-_:", 0, 70) select first + rest));

    public static Arbitrary<IdentifierText> Texts() => Strings.Select(text => new IdentifierText(text)).ToArbitrary();

    private static Gen<string> Text(string alphabet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.Elements(alphabet.ToCharArray()).ArrayOf(n)).Select(chars => new string(chars));

    // Words joined by separators: mostly valid, sometimes with doubled, leading or trailing separators.
    private static Gen<string> Segments(string letters, string separators) =>
        from count in Gen.Choose(1, 4)
        from words in Text(letters, 1, 6).ArrayOf(count)
        from glue in Gen.Elements(separators.ToCharArray()).ArrayOf(4)
        from damage in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        select Damage(string.Concat(words.Select((w, i) => i == 0 ? w : glue[i % glue.Length] + w)), separators[0], damage);

    private static string Damage(string text, char separator, int how) => how switch
    {
        1 => separator + text,
        2 => text + separator,
        3 => text.Length > 1 ? text.Insert(1, new string(separator, 2)) : text,
        _ => text,
    };
}

[Properties(Arbitrary = [typeof(IdentifierArbitraries)], Replay = PropertyConfig.Replay)]
public sealed partial class IdentifierPropertyTests
{
    private static readonly List<Type> IdentifierTypes =
        [.. typeof(SubjectId).Assembly.GetTypes().Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIdentifier<>)))];

    private static readonly MethodInfo CheckMethod = typeof(IdentifierPropertyTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact]
    public void Every_identifier_type_is_represented() =>
        Assert.True(IdentifierTypes.Count >= 16, string.Join(", ", IdentifierTypes.Select(t => t.Name)));

    [Property(MaxTest = 400)]
    public void Any_text_either_parses_or_is_rejected_with_an_argument_exception_and_parsed_ids_round_trip(IdentifierText identifier)
    {
        var text = identifier.Value;
        foreach (var type in IdentifierTypes)
        {
            try
            {
                CheckMethod.MakeGenericMethod(type).Invoke(null, [text]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new InvalidOperationException($"{type.Name} with '{text}': {e.InnerException.Message}", e.InnerException);
            }
        }
    }

    [Fact]
    public void The_generated_texts_are_accepted_and_rejected_by_every_syntax()
    {
        var texts = Gen.Sample(IdentifierArbitraries.Strings, 400, new Rnd(20261122UL, 7UL), 20);

        foreach (var syntax in new[] { IdentifierSyntax.Dotted, IdentifierSyntax.Opaque, IdentifierSyntax.GeneSymbol })
        {
            var accepted = texts.Count(t => syntax.Check(t) is null);
            Assert.True(accepted is >= 40 and <= 360, $"{syntax.Description}: {accepted} of {texts.Length} accepted; samples: {string.Join(" | ", texts.Take(30))}");
        }
    }

    [Fact]
    public void Null_is_rejected_with_an_argument_null_exception_and_try_parse_returns_false()
    {
        Assert.Throws<ArgumentNullException>(() => SubjectId.Create(null!));
        Assert.Throws<ArgumentNullException>(() => DiseaseId.Parse(null!));
        Assert.False(GeneSymbol.TryParse(null, out var gene));
        Assert.False(gene.IsSpecified);
    }

    private static void Check<T>(string text)
        where T : struct, IIdentifier<T>
    {
        Exception? failure = null;
        T parsed = default;
        try
        {
            parsed = T.Parse(text, null);
        }
        catch (Exception e)
        {
            failure = e;
        }

        var accepted = T.TryParse(text, null, out var tried);
        var expected = Oracle(T.Syntax, text);
        if (failure is not null)
        {
            Assert.IsAssignableFrom<ArgumentException>(failure);
            Assert.Contains(typeof(T).Name, failure.Message, StringComparison.Ordinal);
            Assert.False(accepted);
            Assert.False(tried.IsSpecified);
            Assert.NotNull(T.Syntax.Check(text));
            Assert.False(expected, $"the syntax rejected '{text}', which its documented rule allows");
            return;
        }

        Assert.True(expected, $"the syntax accepted '{text}', which its documented rule forbids");
        Assert.True(accepted);
        Assert.Equal(parsed, tried);
        Assert.True(parsed.IsSpecified);
        Assert.Equal(text, parsed.Value);
        Assert.Equal(text, parsed.ToString());
        Assert.Null(T.Syntax.Check(text));

        var info = Json<T>.Info;
        var json = JsonSerializer.Serialize(parsed, info);
        Assert.Equal(JsonSerializer.Serialize(text, Json<T>.Text), json);
        Assert.Equal(parsed, JsonSerializer.Deserialize(json, info));
    }

    /// <summary>The rules as the documentation of <see cref="IdentifierSyntax"/> states them, as regular expressions.</summary>
    private static bool Oracle(IdentifierSyntax syntax, string text) =>
        syntax == IdentifierSyntax.Dotted ? text.Length <= 128 && DottedRule().IsMatch(text)
        : syntax == IdentifierSyntax.Opaque ? text.Length <= 64 && OpaqueRule().IsMatch(text)
        : syntax == IdentifierSyntax.GeneSymbol ? text.Length <= 32 && GeneSymbolRule().IsMatch(text)
        : throw new InvalidOperationException("A new identifier syntax needs an oracle here.");

    [GeneratedRegex(@"\A[a-z0-9]+(?:[._-][a-z0-9]+)*\z")]
    private static partial Regex DottedRule();

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._:-]*\z")]
    private static partial Regex OpaqueRule();

    [GeneratedRegex(@"\A[A-Z0-9]+(?:-[A-Z0-9]+)*\z")]
    private static partial Regex GeneSymbolRule();

    /// <summary>JSON metadata for one identifier type: the core contract's where the type is part of it, else its declared converter.</summary>
    private static class Json<T>
        where T : struct, IIdentifier<T>
    {
        public static readonly JsonTypeInfo<T> Info = Create();

        public static readonly JsonTypeInfo<string> Text =
            JsonMetadataServices.CreateValueInfo<string>(ResistanceJson.Core.Options, JsonMetadataServices.StringConverter);

        private static JsonTypeInfo<T> Create()
        {
            if (ResistanceJson.Core.Options.TryGetTypeInfo(typeof(T), out var info))
            {
                return (JsonTypeInfo<T>)info;
            }

            var options = new JsonSerializerOptions(ResistanceJson.Core.Options) { TypeInfoResolver = JsonTypeInfoResolver.Combine() };
            return JsonMetadataServices.CreateValueInfo<T>(options, new IdentifierJsonConverter<T>());
        }
    }
}
