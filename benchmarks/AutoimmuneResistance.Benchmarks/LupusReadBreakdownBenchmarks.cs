using AutoimmuneResistance.Lupus;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>A part of the typical lupus profile, read alone (with the subject).</summary>
public enum LupusProfileSection
{
    /// <summary>Six therapy courses with their regimens and dose changes (read by the contract's metadata).</summary>
    Therapies,

    /// <summary>Twenty-two module assessments: SLEDAI-2K visits, physician global assessments, biomarkers (read by the contract's polymorphic metadata).</summary>
    Assessments,

    /// <summary>Everything else: body weight, diagnosis, drug levels, refill, genotypes, exposure (read by hand).</summary>
    Rest,
}

/// <summary>
/// Where the lupus read's time goes: each part of <see cref="LupusProfileFactory.Typical"/> read alone, against a raw
/// <see cref="System.Text.Json.Utf8JsonReader"/> pass over the same bytes. Therapy courses and module assessments are
/// read by System.Text.Json's source-generated metadata; the rest by the library's own reader.
/// </summary>
[MemoryDiagnoser]
public class LupusReadBreakdownBenchmarks
{
    private ResistanceJson _json = null!;
    private byte[] _utf8 = null!;

    /// <summary>Gets or sets the part read.</summary>
    [ParamsAllValues]
    public LupusProfileSection Section { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = new ResistancePipelineBuilder().AddLupus().Build().Json;
        var full = LupusProfileFactory.Typical();
        var part = Section switch
        {
            LupusProfileSection.Therapies => new PatientProfile { Subject = full.Subject, Therapies = full.Therapies },
            LupusProfileSection.Assessments => new PatientProfile { Subject = full.Subject, Assessments = full.Assessments },
            _ => full with { Therapies = [], Assessments = [] },
        };
        _utf8 = _json.SerializeToUtf8Bytes(part);
        if (_json.ReadProfile(_utf8).Profile is null)
        {
            throw new InvalidOperationException($"The {Section} part does not read back.");
        }

        Console.WriteLine($"// lupus part {Section}: {_utf8.Length} bytes");
    }

    /// <summary>The raw pass of <see cref="JsonReadBenchmarks.RawReader"/> over the part's bytes.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public long RawReader() => JsonReadBenchmarks.RawPass(_utf8);

    /// <summary>The library's read of the part.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ProfileReadResult ReadProfile() => _json.ReadProfile(_utf8);
}
