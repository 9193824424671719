using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>A part of the typical profile, read alone (with the subject) to see where reading time goes.</summary>
public enum ProfileSection
{
    /// <summary>Seven therapy courses with their regimens and dose changes.</summary>
    Therapies,

    /// <summary>Sixty-one laboratory observations with reference limits.</summary>
    Observations,

    /// <summary>Ten autoantibody results and four genotypes.</summary>
    AntibodiesAndGenotypes,

    /// <summary>Drug levels, refill records and anti-drug antibodies.</summary>
    Adherence,

    /// <summary>Fifteen polymorphic recorded scores (<c>$kind</c>).</summary>
    Assessments,

    /// <summary>Body weights, diagnoses, comorbidities and exposures.</summary>
    Other,
}

/// <summary>
/// Where <see cref="JsonReadBenchmarks.ReadProfile"/>'s time goes: each section of the typical profile read alone,
/// against a raw <see cref="Utf8JsonReader"/> pass over the same bytes (the same baseline as the target's).
/// </summary>
[MemoryDiagnoser]
public class JsonReadBreakdownBenchmarks
{
    private ResistanceJson _json = null!;
    private byte[] _utf8 = null!;

    /// <summary>Gets or sets the section read.</summary>
    [ParamsAllValues]
    public ProfileSection Section { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SyntheticProfiles.Pipeline().Json;
        var full = SyntheticProfiles.Typical(1);
        var part = new PatientProfile { Subject = full.Subject };
        part = Section switch
        {
            ProfileSection.Therapies => part with { Therapies = full.Therapies },
            ProfileSection.Observations => part with { Observations = full.Observations },
            ProfileSection.AntibodiesAndGenotypes => part with { Autoantibodies = full.Autoantibodies, Genotypes = full.Genotypes },
            ProfileSection.Adherence => part with { DrugLevels = full.DrugLevels, RefillAdherence = full.RefillAdherence, AntiDrugAntibodies = full.AntiDrugAntibodies },
            ProfileSection.Assessments => part with { Assessments = full.Assessments },
            _ => part with { BirthYear = full.BirthYear, Sex = full.Sex, BodyWeights = full.BodyWeights, Diagnoses = full.Diagnoses, Comorbidities = full.Comorbidities, Exposures = full.Exposures },
        };
        _utf8 = _json.SerializeToUtf8Bytes(part);
        if (_json.ReadProfile(_utf8).Profile is null)
        {
            throw new InvalidOperationException($"The {Section} section does not read back.");
        }

        Console.WriteLine($"// section {Section}: {_utf8.Length} bytes");
    }

    /// <summary>The raw pass of <see cref="JsonReadBenchmarks.RawReader"/> over the section's bytes.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public long RawReader()
    {
        var reader = new Utf8JsonReader(_utf8);
        long sum = 0;
        while (reader.Read())
        {
            sum += (int)reader.TokenType;
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String or JsonTokenType.Number)
            {
                var value = reader.ValueSpan;
                sum += value.Length + (value.IsEmpty ? 0 : value[0]);
            }
        }

        return sum;
    }

    /// <summary>The library's read of the section.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ProfileReadResult ReadProfile() => _json.ReadProfile(_utf8);
}
