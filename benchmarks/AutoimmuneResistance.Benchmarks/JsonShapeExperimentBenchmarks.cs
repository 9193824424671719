using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// Why reading costs what it does: the typical profile's 61 observations read as the library's
/// <see cref="Observation"/> (an immutable record whose members are <c>required</c>/<c>init</c>, which the source
/// generator reads through its parameterized-constructor path: every member boxed into an argument array, plus a
/// required-member bit array, per object) against mirror types of the same JSON shape, read with the same options and
/// the same <see cref="ClinicalCode"/> and <see cref="Quantity"/> converters from a source-generated context of this
/// project. An experiment for choosing a fix, not a target.
/// </summary>
[MemoryDiagnoser]
public class JsonShapeExperimentBenchmarks
{
    private byte[] _utf8 = null!;
    private JsonTypeInfo<ImmutableArray<Observation>> _library = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = SyntheticProfiles.Pipeline().Json;
        _library = (JsonTypeInfo<ImmutableArray<Observation>>)json.Options.GetTypeInfo(typeof(ImmutableArray<Observation>));
        _utf8 = JsonSerializer.SerializeToUtf8Bytes(SyntheticProfiles.Typical(1).Observations, _library);
        if (InitRecord().Length != 61 || SettableRequired().Length != 61 || Settable().Length != 61)
        {
            throw new InvalidOperationException("The mirrors must read the same 61 observations.");
        }
    }

    /// <summary>The library's type, read with the library's options.</summary>
    /// <returns>The observations.</returns>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Observation> Library() => JsonSerializer.Deserialize(_utf8, _library);

    /// <summary>A mirror record with the same <c>required</c>/<c>init</c> members (should cost the same as the library's).</summary>
    /// <returns>The observations.</returns>
    [Benchmark]
    public ImmutableArray<InitObservation> InitRecord() => JsonSerializer.Deserialize(_utf8, ShapeJsonContext.Default.ImmutableArrayInitObservation);

    /// <summary>A mirror with settable members that keeps <c>required</c>: no argument boxing, but the required bit array.</summary>
    /// <returns>The observations.</returns>
    [Benchmark]
    public ImmutableArray<SettableRequiredObservation> SettableRequired() => JsonSerializer.Deserialize(_utf8, ShapeJsonContext.Default.ImmutableArraySettableRequiredObservation);

    /// <summary>A mirror with plain settable members: the generator's fast path.</summary>
    /// <returns>The observations.</returns>
    [Benchmark]
    public ImmutableArray<SettableObservation> Settable() => JsonSerializer.Deserialize(_utf8, ShapeJsonContext.Default.ImmutableArraySettableObservation);
}

/// <summary>Same members as <see cref="Observation"/>, declared the same way.</summary>
public sealed record InitObservation
{
    public required DateOnly On { get; init; }

    public required ClinicalCode Code { get; init; }

    public required Quantity Value { get; init; }

    public Quantity? ReferenceLow { get; init; }

    public Quantity? ReferenceHigh { get; init; }
}

/// <summary>Settable members, still <c>required</c>.</summary>
public sealed class SettableRequiredObservation
{
    public required DateOnly On { get; set; }

    public required ClinicalCode Code { get; set; }

    public required Quantity Value { get; set; }

    public Quantity? ReferenceLow { get; set; }

    public Quantity? ReferenceHigh { get; set; }
}

/// <summary>Settable members, nothing required.</summary>
public sealed class SettableObservation
{
    public DateOnly On { get; set; }

    public ClinicalCode Code { get; set; } = null!;

    public Quantity Value { get; set; }

    public Quantity? ReferenceLow { get; set; }

    public Quantity? ReferenceHigh { get; set; }
}

/// <summary>The library's strictness options (see AutoimmuneResistanceJsonContext), for the mirror types.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    MaxDepth = 32)]
[JsonSerializable(typeof(ImmutableArray<InitObservation>))]
[JsonSerializable(typeof(ImmutableArray<SettableRequiredObservation>))]
[JsonSerializable(typeof(ImmutableArray<SettableObservation>))]
internal sealed partial class ShapeJsonContext : JsonSerializerContext;
