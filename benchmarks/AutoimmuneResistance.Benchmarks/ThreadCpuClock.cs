using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// A BenchmarkDotNet clock that reads the calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>) instead of
/// wall-clock time, selected with <c>--cpu-clock</c>. On a small machine shared with other work, wall-clock
/// iterations include the time the benchmark thread waited for a core; thread CPU time does not. Meaningful only for
/// single-threaded benchmarks: work done on other threads (the two-worker cohort runs, background GC) is not counted.
/// </summary>
internal sealed partial class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static ThreadCpuClock Instance { get; } = new();

    public string Title => "ThreadCpuTime";

    public bool IsAvailable => OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out _) == 0;

    public Frequency Frequency { get; } = new(1_000_000_000d);

    public long GetTimestamp()
    {
        _ = clock_gettime(ClockThreadCpuTimeId, out var now);
        return (now.Seconds * 1_000_000_000L) + now.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
