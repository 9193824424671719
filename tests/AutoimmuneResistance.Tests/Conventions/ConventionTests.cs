using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AutoimmuneResistance.Tests.Conventions;

/// <summary>
/// Reflection checks of the library's design rules (in the manner of NodaTime's convention tests): each rule is stated
/// once here and applies to every present and future type, so that a new type cannot quietly break it. A failure lists
/// every offending type or member.
/// </summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Library = typeof(ResistancePipeline).Assembly;

    private static readonly Type[] PublicTypes = Library.GetExportedTypes();

    [Fact]
    public void Public_classes_are_sealed_abstract_or_static()
    {
        var offenders = PublicTypes
            .Where(t => t.IsClass && !typeof(Delegate).IsAssignableFrom(t) && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_records_have_no_public_setters_or_mutable_fields()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(IsRecord))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { } setter && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly) && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.Name}.{property.Name} has a settable accessor (use init)");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && !field.IsInitOnly)
                {
                    offenders.Add($"{type.Name}.{field.Name} is a mutable public field");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_struct_documents_its_default_value()
    {
        var docs = LoadXmlDocs();
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum))
        {
            if (!docs.TryGetValue("T:" + DocName(type), out var doc))
            {
                offenders.Add($"{type.Name} has no XML documentation");
            }
            else if (!DefaultWord().IsMatch(doc))
            {
                offenders.Add($"{type.Name}'s XML documentation does not say what `default` is");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_enum_member_has_an_explicit_nonzero_value_unless_zero_is_documented()
    {
        var docs = LoadXmlDocs();
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => t.IsEnum))
        {
            var declared = EnumMembersInSource(type).ToList();
            Assert.True(
                declared.Count == type.GetFields(BindingFlags.Public | BindingFlags.Static).Length,
                $"could not read the members of {type.Name} from its source: [{string.Join(" | ", declared)}]");
            foreach (var member in declared)
            {
                if (!member.Contains('=', StringComparison.Ordinal))
                {
                    offenders.Add($"{type.Name}.{member.Trim()} has no explicit value");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) != 0)
                {
                    continue;
                }

                // Documented on the member or on the enum ("default is X").
                var documented = (docs.TryGetValue("F:" + DocName(type) + "." + field.Name, out var memberDoc) && DefaultWord().IsMatch(memberDoc))
                    || (docs.TryGetValue("T:" + DocName(type), out var typeDoc) && DefaultIs(field.Name).IsMatch(typeDoc));
                if (!documented)
                {
                    offenders.Add($"{type.Name}.{field.Name} is 0 (the value of an uninitialised field) and its documentation does not say so");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_public_enum_is_written_as_a_string_with_a_wire_name_per_member()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(t => t.IsEnum))
        {
            if (type.GetCustomAttribute<JsonConverterAttribute>() is null)
            {
                offenders.Add($"{type.Name} has no [JsonConverter]; it would be written as a number");
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is null)
                {
                    offenders.Add($"{type.Name}.{field.Name} has no [JsonStringEnumMemberName]");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_identifier_type_declares_its_json_converter_and_round_trips()
    {
        var identifiers = IdentifierTypes();
        Assert.NotEmpty(identifiers);
        var offenders = new List<string>();
        var check = typeof(ConventionTests).GetMethod(nameof(CheckIdentifier), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in identifiers)
        {
            if (!type.IsPublic || !type.IsValueType)
            {
                offenders.Add($"{type.Name} must be a public struct");
                continue;
            }

            var converter = type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
            if (converter != typeof(IdentifierJsonConverter<>).MakeGenericType(type))
            {
                offenders.Add($"{type.Name} must carry [JsonConverter(typeof(IdentifierJsonConverter<{type.Name}>))]; found {converter?.Name ?? "none"}");
                continue;
            }

            offenders.AddRange((IEnumerable<string>)check.MakeGenericMethod(type).Invoke(null, null)!);
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_well_known_identifier_value_obeys_its_syntax()
    {
        var offenders = new List<string>();
        var check = typeof(ConventionTests).GetMethod(nameof(CheckWellKnownValues), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in IdentifierTypes())
        {
            offenders.AddRange((IEnumerable<string>)check.MakeGenericMethod(type).Invoke(null, null)!);
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_quantity_type_declares_the_quantity_json_converter()
    {
        var quantities = PublicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuantity<>)))
            .ToList();
        Assert.NotEmpty(quantities);

        var offenders = quantities
            .Where(t => t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType != typeof(QuantityJsonConverter<>).MakeGenericType(t))
            .Select(t => t.Name);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_type_lives_in_the_AutoimmuneResistance_namespace()
    {
        var offenders = Library.GetTypes()
            .Where(t => !IsCompilerGenerated(t) && t.Namespace != "AutoimmuneResistance")
            .Select(t => $"{t.FullName} (namespace {t.Namespace ?? "<global>"})");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Collection_style_type_names_are_used_only_by_types_of_that_kind()
    {
        var rules = new (string Suffix, Func<Type, bool> Fits)[]
        {
            ("Collection", t => Implements(t, typeof(ICollection<>)) || Implements(t, typeof(IReadOnlyCollection<>))),
            ("Dictionary", t => Implements(t, typeof(IDictionary<,>)) || Implements(t, typeof(IReadOnlyDictionary<,>))),
            ("List", t => Implements(t, typeof(IList<>)) || Implements(t, typeof(IReadOnlyList<>))),
            ("Exception", t => typeof(Exception).IsAssignableFrom(t)),
            ("Attribute", t => typeof(Attribute).IsAssignableFrom(t)),
            ("EventArgs", t => typeof(EventArgs).IsAssignableFrom(t)),
        };

        var offenders = from type in PublicTypes
                        let name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name
                        from rule in rules
                        where name.EndsWith(rule.Suffix, StringComparison.Ordinal) && !rule.Fits(type)
                        select $"{type.Name} ends with '{rule.Suffix}' but is not one";

        Assert.Empty(offenders);
    }

    [Fact]
    public void Diagnostic_codes_are_unique_and_well_formed()
    {
        var fields = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.True(f.IsLiteral && f.FieldType == typeof(string), $"{f.Name} must be a const string"));

        var codes = fields.Select(f => (Name: f.Name, Code: (string)f.GetRawConstantValue()!)).ToList();
        Assert.All(codes, c => Assert.Matches(DiagnosticCode(), c.Code));
        var duplicates = codes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}");
        Assert.Empty(duplicates);

        // The documented ranges of the core: AIR10xx reading JSON, AIR11xx validation, AIR12xx evaluation, AIR13xx cohorts.
        Assert.All(codes, c => Assert.InRange(int.Parse(c.Code.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture), 1000, 1399));
    }

    [Fact]
    public void Every_built_in_mechanism_traces_to_existing_seed_claims()
    {
        var offenders = new List<string>();
        foreach (var mechanism in MechanismCatalog.BuiltIn.All)
        {
            if (mechanism.Claims.IsEmpty)
            {
                offenders.Add($"{mechanism.Id} traces to no seed claim");
            }

            foreach (var claim in mechanism.Claims)
            {
                if (!SeedClaims.TryGet(claim, out _))
                {
                    offenders.Add($"{mechanism.Id} traces to {claim}, which is not a seed claim");
                }
            }

            if (mechanism.Id != MechanismCatalog.CoreId(mechanism.Category))
            {
                offenders.Add($"{mechanism.Id} is not the core id of its category {mechanism.Category}");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_seed_claim_is_modelled_by_a_built_in_mechanism()
    {
        var traced = MechanismCatalog.BuiltIn.All.SelectMany(m => m.Claims).ToHashSet();

        Assert.Empty(SeedClaims.All.Where(c => !traced.Contains(c.Id)).Select(c => c.Id.Value));
        Assert.Equal(SeedClaims.All.Length, SeedClaims.All.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Public_properties_never_expose_mutable_arrays()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (ContainsArray(property.PropertyType))
                {
                    offenders.Add($"{type.Name}.{property.Name} ({property.PropertyType.Name}) lets callers change shared state through an array");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && ContainsArray(field.FieldType))
                {
                    offenders.Add($"{type.Name}.{field.Name} is a public array field");
                }
            }
        }

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> CheckIdentifier<T>()
        where T : struct, IIdentifier<T>
    {
        var sample = T.Syntax == IdentifierSyntax.GeneSymbol ? "CYP3A5-AS1"
            : T.Syntax == IdentifierSyntax.Opaque ? "Site-01:P_000123.v2"
            : "core.sample-id_2";
        var value = T.Parse(sample, null);
        var name = typeof(T).Name;

        // Through the core contract where the type is part of it; otherwise with its declared converter on the same settings.
        var options = ResistanceJson.Core.Options;
        JsonTypeInfo<T> info;
        if (options.TryGetTypeInfo(typeof(T), out var contractInfo))
        {
            info = (JsonTypeInfo<T>)contractInfo;
        }
        else
        {
            var standalone = new JsonSerializerOptions(options)
            {
                TypeInfoResolver = new ConverterResolver<T>(new IdentifierJsonConverter<T>()),
            };
            info = (JsonTypeInfo<T>)standalone.GetTypeInfo(typeof(T));
        }

        var json = JsonSerializer.Serialize(value, info);
        if (json != "\"" + sample + "\"")
        {
            yield return $"{name} is written as {json}, not as a plain JSON string";
        }

        var back = JsonSerializer.Deserialize(json, info);
        if (!back.Equals(value) || back.Value != sample)
        {
            yield return $"{name} did not round-trip: {json} read back as '{back.Value}'";
        }

        if (!RejectsOnRead(info, "\"Not Valid!\""))
        {
            yield return $"{name} accepted an invalid value on read instead of throwing JsonException";
        }

        // Identifiers may be dictionary keys, which use the property-name half of the converter.
        var converter = new IdentifierJsonConverter<T>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            converter.WriteAsPropertyName(writer, value, options);
            writer.WriteNumberValue(1);
            writer.WriteEndObject();
        }

        if (!ReadFirstPropertyName(buffer.WrittenSpan, converter, options).Equals(value))
        {
            yield return $"{name} did not round-trip as a property name";
        }
    }

    private static bool RejectsOnRead<T>(JsonTypeInfo<T> info, string json)
    {
        try
        {
            JsonSerializer.Deserialize(json, info);
            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static T ReadFirstPropertyName<T>(ReadOnlySpan<byte> json, IdentifierJsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct, IIdentifier<T>
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        return converter.ReadAsPropertyName(ref reader, typeof(T), options);
    }

    private static IEnumerable<string> CheckWellKnownValues<T>()
        where T : struct, IIdentifier<T>
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(T)))
        {
            var value = (T)property.GetValue(null)!;
            if (!value.IsSpecified)
            {
                yield return $"{typeof(T).Name}.{property.Name} is unspecified";
            }
            else if (T.Syntax.Check(value.Value) is { } error)
            {
                yield return $"{typeof(T).Name}.{property.Name} ('{value.Value}') breaks its syntax: {error}";
            }
        }
    }

    private static List<Type> IdentifierTypes() =>
        [.. Library.GetTypes().Where(t => Implements(t, typeof(IIdentifier<>)) && !t.IsInterface).OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static bool Implements(Type type, Type openInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);

    private static bool ContainsArray(Type type) =>
        type.IsArray || (type.IsGenericType && type.GetGenericArguments().Any(ContainsArray));

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } print && print.IsDefined(typeof(CompilerGeneratedAttribute)));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsCompilerGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.Name.Contains('<', StringComparison.Ordinal)
                || t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                || t.CustomAttributes.Any(a => a.AttributeType.FullName == "Microsoft.CodeAnalysis.EmbeddedAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static string DocName(Type type) => type.FullName!.Replace('+', '.');

    /// <summary>Reads the library's XML documentation, which the build copies next to the assembly.</summary>
    private static Dictionary<string, string> LoadXmlDocs()
    {
        var path = Path.Combine(Path.GetDirectoryName(Library.Location)!, "AutoimmuneResistance.xml");
        Assert.True(File.Exists(path), $"The XML documentation file is missing: {path}");
        return XDocument.Load(path).Descendants("member")
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(m => m.ToString(SaveOptions.DisableFormatting))), StringComparer.Ordinal);
    }

    /// <summary>Returns the member declarations of an enum as written in its source file (attributes and comments removed).</summary>
    private static IEnumerable<string> EnumMembersInSource(Type type)
    {
        var declaration = new Regex($@"\benum\s+{type.Name}\b");
        var source = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "AutoimmuneResistance"), "*.cs", SearchOption.AllDirectories)
            .Select(path => StripCommentsAndStrings(File.ReadAllText(path)))
            .FirstOrDefault(declaration.IsMatch);
        Assert.True(source is not null, $"No source declares enum {type.Name}");

        var start = source.IndexOf('{', declaration.Match(source).Index);
        var end = source.IndexOf('}', start);
        var body = Regex.Replace(source[(start + 1)..end], @"\[[^\]]*\]", string.Empty);
        return body.Split(',').Select(m => m.Trim()).Where(m => m.Length > 0);
    }

    /// <summary>Removes comments and empties string and character literals, so that braces and brackets in them do not count.</summary>
    private static string StripCommentsAndStrings(string source)
    {
        var code = new System.Text.StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                var close = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? source.Length : close + 2;
            }
            else if (c is '"' or '\'')
            {
                var verbatim = i > 0 && source[i - 1] == '@';
                i++;
                while (i < source.Length && source[i] != c)
                {
                    i += !verbatim && source[i] == '\\' ? 2 : 1;
                }

                i++;
                code.Append(c).Append(c);
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    [GeneratedRegex(@"\bdefault\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultWord();

    [GeneratedRegex(@"^AIR\d{4}$")]
    private static partial Regex DiagnosticCode();

    // For example "<c>default</c> is <see cref="F:AutoimmuneResistance.Sex.Unknown" />".
    private static Regex DefaultIs(string member) => new($@"default\b.{{0,40}}\bis\b.{{0,80}}\.{Regex.Escape(member)}\b", RegexOptions.IgnoreCase);

    private sealed class ConverterResolver<T>(JsonConverter<T> converter) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(T) ? JsonMetadataServices.CreateValueInfo<T>(options, converter) : null;
    }
}
