using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

// A profile built in code can hold a null where the contract forbids one: a list element, or a required member of a
// reference type. Whatever null is injected, at whatever place, validation reports it at its path with AIR1003 and
// never throws, and evaluation stops at validation: no evaluator ever sees the null (no AIR1201).
[Properties(Arbitrary = [typeof(ProfileArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class NullInjectionPropertyTests
{
    private static readonly ResistancePipeline Pipeline = Generators.Pipeline;

    /// <summary>One place a null can go: the steps from the profile to it, each a property and, for a list, an index.</summary>
    public sealed record Place(ImmutableArray<(PropertyInfo Property, int? Index)> Steps)
    {
        public string Path => "$" + string.Concat(Steps.Select(s =>
            "." + char.ToLowerInvariant(s.Property.Name[0]) + s.Property.Name[1..] + (s.Index is { } i ? $"[{i}]" : "")));

        public override string ToString() => Path;
    }

    private static readonly NullabilityInfoContext Nullability = new();

    // Every list element of a reference type, and every non-nullable reference member, of the core records reachable
    // from the profile (module types are their modules' to check).
    internal static List<Place> Places(object node, ImmutableArray<(PropertyInfo, int?)> prefix = default)
    {
        prefix = prefix.IsDefault ? [] : prefix;
        var places = new List<Place>();
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetIndexParameters().Length > 0 || property.DeclaringType!.Namespace != "AutoimmuneResistance")
            {
                continue;
            }

            var type = property.PropertyType;
            var value = property.GetValue(node);
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && !type.GetGenericArguments()[0].IsValueType)
            {
                var index = 0;
                foreach (var element in (IEnumerable)value!)
                {
                    var step = prefix.Add((property, index));
                    places.Add(new Place(step));
                    if (element is not null && Core(element.GetType()))
                    {
                        places.AddRange(Places(element, step));
                    }

                    index++;
                }
            }
            else if (!type.IsValueType && value is not null)
            {
                if (Nullability.Create(property).WriteState == NullabilityState.NotNull)
                {
                    places.Add(new Place(prefix.Add((property, null))));
                }

                if (Core(type))
                {
                    places.AddRange(Places(value, prefix.Add((property, null))));
                }
            }
        }

        return places;
    }

    private static bool Core(Type type) => type.Namespace == "AutoimmuneResistance" && !type.IsAbstract && type != typeof(ClinicalCode) && type != typeof(Citation);

    internal static T Inject<T>(T root, Place place)
        where T : class => (T)Inject(root, place.Steps, 0)!;

    private static object? Inject(object node, ImmutableArray<(PropertyInfo Property, int? Index)> steps, int at)
    {
        var (property, index) = steps[at];
        var current = property.GetValue(node);
        object? replacement;
        if (index is { } i)
        {
            var elementType = property.PropertyType.GetGenericArguments()[0];
            var elements = ((IEnumerable)current!).Cast<object?>().ToArray();
            elements[i] = at == steps.Length - 1 ? null : Inject(elements[i]!, steps, at + 1);
            var array = Array.CreateInstance(elementType, elements.Length);
            Array.Copy(elements, array, elements.Length);
            replacement = typeof(ImmutableCollectionsMarshal).GetMethod(nameof(ImmutableCollectionsMarshal.AsImmutableArray))!
                .MakeGenericMethod(elementType).Invoke(null, [array]);
        }
        else
        {
            replacement = at == steps.Length - 1 ? null : Inject(current!, steps, at + 1);
        }

        var copy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(node, null)!;
        property.SetValue(copy, replacement);
        return copy;
    }

    [Property(MaxTest = 300)]
    public void A_null_anywhere_is_reported_at_its_path_and_never_reaches_an_evaluator(NullInjection injection)
    {
        var broken = Inject(injection.Profile, injection.Place);

        var diagnostics = Pipeline.Validate(broken);
        var assessment = Pipeline.Evaluate(broken);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingRequiredProperty && d.Path == injection.Place.Path);
        Assert.True(assessment.HasErrors);
        Assert.DoesNotContain(assessment.Diagnostics, d => d.Code == DiagnosticCodes.EvaluatorFailed);
    }

    [Fact]
    public void The_places_cover_nested_lists_and_required_members()
    {
        var profile = TestModule.Profiles.Toy() with
        {
            Diagnoses = [new Diagnosis { Disease = TestModule.ToyModule.Toy, Onset = new DateOnly(2019, 5, 1), Codes = [ClinicalCode.SnomedCt("55464009")] }],
            Observations = [new Observation { On = new DateOnly(2020, 1, 1), Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(1m, QuantityUnit.GramPerGram) }],
        };

        var paths = Places(profile).Select(p => p.Path).ToList();

        Assert.Contains("$.diagnoses[0].codes[0]", paths);
        Assert.Contains("$.observations[0].code", paths);
        Assert.Contains("$.observations[0]", paths);
        var broken = Inject(profile, Places(profile).First(p => p.Path == "$.diagnoses[0].codes[0]"));
        Assert.Null(broken.Diagnoses[0].Codes[0]);
        Assert.NotNull(profile.Diagnoses[0].Codes[0]);
    }
}
