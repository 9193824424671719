using System.Globalization;

namespace AutoimmuneResistance;

/// <summary>
/// The JSON path of a value in a profile, kept as its parts and formatted only when a diagnostic reports it: validation
/// visits every entry of every profile, and a clean profile reports nothing, so it should build no path text.
/// </summary>
/// <remarks>
/// The shape is what <see cref="CoreProfileValidator"/> needs: a list and an index, optionally a nested list and index,
/// then up to two member segments; for example <c>$.therapies[2].doseChanges[0].regimen.dose</c>.
/// </remarks>
internal readonly struct ProfilePath
{
    private readonly string _head;
    private readonly int _index;
    private readonly string? _inner;
    private readonly int _innerIndex;
    private readonly string? _member;
    private readonly string? _subMember;

    private ProfilePath(string head, int index, string? inner, int innerIndex, string? member, string? subMember)
    {
        _head = head;
        _index = index;
        _inner = inner;
        _innerIndex = innerIndex;
        _member = member;
        _subMember = subMember;
    }

    /// <summary>A path without an index, such as <c>$.subject</c>.</summary>
    public static ProfilePath Of(string path) => new(path, -1, null, -1, null, null);

    /// <summary>An element of a list of the profile, such as <c>$.observations[3]</c>.</summary>
    public static ProfilePath Item(string list, int index) => new(list, index, null, -1, null, null);

    /// <summary>An element of a list inside this element, such as <c>.doseChanges[1]</c>.</summary>
    public ProfilePath Nested(string innerList, int innerIndex) =>
        _inner is null && _member is null
            ? new(_head, _index, innerList, innerIndex, null, null)
            : Item(ToString() + innerList, innerIndex);

    /// <summary>A member of this value, such as <c>.value</c>.</summary>
    public ProfilePath Member(string member) =>
        _member is null ? new(_head, _index, _inner, _innerIndex, member, null)
        : _subMember is null ? new(_head, _index, _inner, _innerIndex, _member, member)
        : Of(ToString() + member);

    /// <summary>Formats the path, for a diagnostic.</summary>
    /// <returns>The JSON path.</returns>
    public override string ToString()
    {
        var head = _index < 0 ? _head : string.Create(CultureInfo.InvariantCulture, $"{_head}[{_index}]");
        var inner = _inner is null ? string.Empty
            : _innerIndex < 0 ? _inner
            : string.Create(CultureInfo.InvariantCulture, $"{_inner}[{_innerIndex}]");
        return string.Concat(head, inner, _member, _subMember);
    }
}
