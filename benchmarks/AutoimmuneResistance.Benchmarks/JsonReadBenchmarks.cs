using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// Reading and writing one typical profile. Target: <see cref="ReadProfile"/> costs at most 3× the baseline, a raw
/// <see cref="Utf8JsonReader"/> pass over the same bytes.
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private ResistanceJson _json = null!;
    private PatientProfile _profile = null!;
    private byte[] _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SyntheticProfiles.Pipeline().Json;
        _profile = SyntheticProfiles.Typical(1);
        _utf8 = _json.SerializeToUtf8Bytes(_profile);
        if (_json.ReadProfile(_utf8).Profile is null)
        {
            throw new InvalidOperationException("The synthetic profile does not read back.");
        }

        Console.WriteLine($"// typical profile: {_utf8.Length} bytes of compact JSON");
    }

    /// <summary>Tokenizes the document and touches every property name and value (length and first byte), decoding nothing.</summary>
    /// <returns>A checksum, so that the work cannot be optimized away.</returns>
    [Benchmark(Baseline = true)]
    public long RawReader() => RawPass(_utf8);

    /// <summary>The raw pass itself, shared with the lupus read's baseline.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>A checksum.</returns>
    internal static long RawPass(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
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

    /// <summary>
    /// The same pass, but decoding every number as a decimal and copying every string into a stack buffer (the least
    /// work that actually gets the values out): a second reference point, not the target's baseline.
    /// </summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long RawReaderDecodingValues()
    {
        var reader = new Utf8JsonReader(_utf8);
        Span<byte> text = stackalloc byte[512];
        long sum = 0;
        decimal numbers = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                case JsonTokenType.String:
                    sum += reader.CopyString(text);
                    break;
                case JsonTokenType.Number:
                    numbers += reader.GetDecimal();
                    break;
                default:
                    sum += (int)reader.TokenType;
                    break;
            }
        }

        return sum + (long)numbers;
    }

    /// <summary>The library's read: strict, source-generated, path-qualified diagnostics on failure.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ProfileReadResult ReadProfile() => _json.ReadProfile(_utf8);

    /// <summary>Writes the profile as compact UTF-8 JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] Serialize() => _json.SerializeToUtf8Bytes(_profile);

    /// <summary>SHA-256 of the compact JSON (what the manifest's input hash costs).</summary>
    /// <returns>The hash text.</returns>
    [Benchmark]
    public string ComputeContentHash() => _json.ComputeContentHash(_profile);
}
