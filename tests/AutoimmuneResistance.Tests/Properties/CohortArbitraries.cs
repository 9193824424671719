using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>What a generated JSON lines line holds.</summary>
public enum LineKind
{
    Profile = 1,
    Garbage = 2,
    Blank = 3,
}

/// <summary>One generated line of a JSON lines stream: its kind, its text, and the profile it was written from (for a profile line).</summary>
public sealed record JsonLine(LineKind Kind, string Text, PatientProfile? Profile = null);

/// <summary>
/// A JSON lines stream of up to ten profile, garbage and blank lines, with LF or CRLF line ends, with or without a
/// byte-order mark and a final newline, and the degree of parallelism to read it with. <see cref="Lines"/> are the lines
/// the reader sees (a trailing blank line without a final newline is none); prints as the stream's text.
/// </summary>
public sealed record JsonLinesInput(ImmutableArray<JsonLine> Lines, byte[] Bytes, int Parallelism)
{
    public override string ToString() => $"parallelism {Parallelism}: {Encoding.UTF8.GetString(Bytes)}";
}

/// <summary>A JSON lines stream of lines around the record limit, garbage and blank lines, and the chunk size to deliver it in.</summary>
public abstract record ChunkedInput(byte[] Bytes, int ChunkSize)
{
    // Sealed, so that the two line-end records print the same way instead of as their generated member lists.
    public sealed override string ToString() => $"chunks of {ChunkSize} bytes: {Encoding.UTF8.GetString(Bytes)}";
}

/// <summary>A <see cref="ChunkedInput"/> whose lines end with "\n".</summary>
public sealed record LfChunkedInput(byte[] Bytes, int ChunkSize) : ChunkedInput(Bytes, ChunkSize);

/// <summary>A <see cref="ChunkedInput"/> whose lines end with "\r\n", so that a chunk can end between the two.</summary>
public sealed record CrlfChunkedInput(byte[] Bytes, int ChunkSize) : ChunkedInput(Bytes, ChunkSize);

/// <summary>
/// The arbitraries of the JSON lines cohort properties: whole streams of generated profiles, garbage and blank lines
/// (<see cref="JsonLinesInput"/>), and streams of lines near the 1024-byte record limit cut into chunks of a random size,
/// with LF (<see cref="LfChunkedInput"/>) or CRLF (<see cref="CrlfChunkedInput"/>) line ends. No shrinking.
/// </summary>
internal static class CohortArbitraries
{
    // Lines that are not profiles: malformed, of the wrong kind, or breaking the contract.
    private static readonly string[] Garbage =
    [
        "{not json",
        "[]",
        "null",
        "42",
        "\"P-1\"",
        "{}",
        "{\"subject\":\"\"}",
        "{\"subject\":\"S-1\",\"birthYear\":\"1990\"}",
        "{\"subject\":\"S-1\",\"sex\":\"F\"}",
        "{\"subject\":\"S-1\",\"unknownProperty\":1}",
        "{\"subject\":\"S-1\",\"assessments\":[{\"$kind\":\"nope.kind\",\"on\":\"2020-01-01\"}]}",
        "{\"subject\":\"S-1\"} trailing",
        "\u00e9\u00e8\u00ea",
        "\t{\"subject\":\"S-1\",", // cut short
    ];

    private static readonly string[] Blank = ["", " ", "\t", "  \t ", "\r"];

    public static Arbitrary<JsonLinesInput> JsonLinesInputs()
    {
        var line = Gen.Frequency(
            (4, Generators.Profiles(ProfileShape.Wire).Select(p => new JsonLine(LineKind.Profile, Generators.Json.Serialize(p), p))),
            (2, Gen.Elements(Garbage).Select(g => new JsonLine(LineKind.Garbage, g))),
            (2, Gen.Elements(Blank).Select(b => new JsonLine(LineKind.Blank, b))));

        return (from lines in Generators.Many(line, 10)
                from crlf in Gen.Elements(false, true)
                from bom in Gen.Elements(false, true)
                from finalNewline in Gen.Elements(false, true)
                from parallelism in Gen.Elements(1, 3)
                select Build(lines, crlf, bom, finalNewline, parallelism)).ToArbitrary();
    }

    public static Arbitrary<LfChunkedInput> LfChunkedInputs() =>
        ChunkedInputs("\n", (bytes, chunk) => new LfChunkedInput(bytes, chunk)).ToArbitrary();

    public static Arbitrary<CrlfChunkedInput> CrlfChunkedInputs() =>
        ChunkedInputs("\r\n", (bytes, chunk) => new CrlfChunkedInput(bytes, chunk)).ToArbitrary();

    // Lines around the record limit (1024 bytes), garbage and blank lines, cut into chunks of a random size.
    private static Gen<T> ChunkedInputs<T>(string newline, Func<byte[], int, T> create)
    {
        var nearLimit = Gen.Choose(1021, 1027).Select(length => "{\"subject\":\"" + new string('s', length - 14) + "\"}");
        var line = Gen.Frequency((3, nearLimit), (1, Gen.Elements(Garbage)), (1, Gen.Elements(Blank)), (1, Gen.Constant("{\"subject\":\"S-1\"}")));
        return from lines in Generators.Many(line, 4)
               from chunk in Gen.Frequency((2, Gen.Constant(1)), (1, Gen.Choose(2, 8)), (2, Gen.Choose(1000, 1040)), (1, Gen.Choose(2000, 5000)))
               select create(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + newline))), chunk);
    }

    private static JsonLinesInput Build(ImmutableArray<JsonLine> lines, bool crlf, bool bom, bool finalNewline, int parallelism)
    {
        var text = string.Join(crlf ? "\r\n" : "\n", lines.Select(l => l.Text));
        if (finalNewline && lines.Length > 0)
        {
            text += crlf ? "\r\n" : "\n";
        }

        // Without a final newline, a trailing blank line is not a line at all; the reader sees the end of the stream.
        var counted = lines;
        if (!finalNewline)
        {
            while (counted.Length > 0 && counted[^1].Kind == LineKind.Blank)
            {
                counted = counted.RemoveAt(counted.Length - 1);
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return new JsonLinesInput(counted, bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes, parallelism);
    }
}
