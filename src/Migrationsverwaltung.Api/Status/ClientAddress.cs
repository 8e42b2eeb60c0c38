using System.Net;
using System.Net.Sockets;

namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// The caller's address in the two forms the lookup needs: the rate limiter's partition (IPv4 address, IPv6 /64,
/// since one IPv6 client usually holds a whole /64) and the audit log's network (IPv4 /24, IPv6 /48), which
/// no longer names a household but still shows a burst of lookups from one network.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string PartitionOf(IPAddress? address) => Normalise(address) switch
    {
        null => Unknown,
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => $"{Truncate(v6, 64)}/64",
        var v4 => v4.ToString(),
    };

    public static string NetworkOf(IPAddress? address) => Normalise(address) switch
    {
        null => Unknown,
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => $"{Truncate(v6, 48)}/48",
        var v4 => $"{Truncate(v4, 24)}/24",
    };

    private static IPAddress? Normalise(IPAddress? address) => address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    private static IPAddress Truncate(IPAddress address, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return new IPAddress(bytes);
    }
}
