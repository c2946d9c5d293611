//! The growing wait after wrong PINs, per device: the first
//! [`FREE_TRIES`] tries are free, then each try must wait `base × 2^(n − 3)`
//! after the one before (1 s, 2 s, 4 s, … with the default base), up to
//! [`MAX_WAIT`]. A right PIN clears the device's count.
//!
//! A try counts as wrong from the moment it starts, so many tries sent at
//! once do not all slip through before the first answer. A device is its IPv4
//! address, or its IPv6 /64 network (one device can take many addresses there).

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Tries before the first wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries (5 minutes).
pub const MAX_WAIT: Duration = Duration::from_secs(5 * 60);
/// Most devices remembered; beyond it, new devices share one count.
const MAX_DEVICES: usize = 1024;

/// Who is trying: an IPv4 address or an IPv6 /64 network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Device {
    V4([u8; 4]),
    V6Net([u8; 8]),
    /// Every new device once [`MAX_DEVICES`] are remembered.
    Overflow,
}

impl From<IpAddr> for Device {
    fn from(ip: IpAddr) -> Self {
        match ip.to_canonical() {
            IpAddr::V4(v4) => Device::V4(v4.octets()),
            IpAddr::V6(v6) => {
                let mut net = [0; 8];
                net.copy_from_slice(&v6.octets()[..8]);
                Device::V6Net(net)
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Tries {
    /// Tries since the last right PIN (the one under way included).
    count: u32,
    /// The next try may start then.
    next_at: Instant,
}

/// Each device's count of wrong tries.
#[derive(Debug)]
pub struct Throttle {
    base: Duration,
    devices: HashMap<Device, Tries>,
}

impl Throttle {
    /// `base`: the first wait (1 s in the server).
    pub fn new(base: Duration) -> Self {
        Self { base, devices: HashMap::new() }
    }

    /// The wait after the `count`-th try in a row.
    fn wait_after(&self, count: u32) -> Duration {
        match count.checked_sub(FREE_TRIES) {
            None => Duration::ZERO,
            Some(extra) => self.base.saturating_mul(1u32 << extra.min(20)).min(MAX_WAIT),
        }
    }

    /// Start a try at `now`: counted as wrong until [`Throttle::right`] says
    /// otherwise. `Ok(wait)`: the wait before the device's next try should
    /// this one be wrong; `Err(wait)`: the device must wait that long first
    /// (the try is then not counted).
    pub fn start(&mut self, device: Device, now: Instant) -> Result<Duration, Duration> {
        let device = self.remembered(device, now);
        let tries = self.devices.get(&device).copied().unwrap_or(Tries { count: 0, next_at: now });
        if tries.next_at > now {
            return Err(tries.next_at - now);
        }
        let count = tries.count.saturating_add(1);
        let wait = self.wait_after(count);
        self.devices.insert(device, Tries { count, next_at: now + wait });
        Ok(wait)
    }

    /// The try was right: the device starts again from zero.
    pub fn right(&mut self, device: Device) {
        self.devices.remove(&device);
        // An overflowed device was counted under the shared key.
        if self.devices.len() >= MAX_DEVICES {
            self.devices.remove(&Device::Overflow);
        }
    }

    /// The key `device` is counted under: itself, or the shared one when too many are remembered.
    fn remembered(&mut self, device: Device, now: Instant) -> Device {
        if self.devices.contains_key(&device) || self.devices.len() < MAX_DEVICES {
            return device;
        }
        // Forget devices that may try again already and have had no wait for an hour.
        self.devices.retain(|_, tries| tries.next_at + Duration::from_secs(3600) > now);
        if self.devices.len() < MAX_DEVICES { device } else { Device::Overflow }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    const SECOND: Duration = Duration::from_secs(1);

    #[test]
    fn three_free_tries_then_waits_that_double_up_to_five_minutes() {
        let mut throttle = Throttle::new(SECOND);
        let phone = Device::from(IpAddr::V4(Ipv4Addr::new(192, 168, 1, 20)));
        let t0 = Instant::now();
        for _ in 0..FREE_TRIES - 1 {
            assert_eq!(throttle.start(phone, t0), Ok(Duration::ZERO));
        }
        assert_eq!(throttle.start(phone, t0), Ok(SECOND), "the third try is free too; the next one waits");
        assert_eq!(throttle.start(phone, t0), Err(SECOND), "then one second");
        let mut at = t0 + SECOND;
        for expected in [2, 4, 8, 16, 32, 64, 128, 256, 300, 300] {
            assert_eq!(throttle.start(phone, at), Ok(Duration::from_secs(expected)));
            assert_eq!(throttle.start(phone, at), Err(Duration::from_secs(expected)));
            at += Duration::from_secs(expected);
        }
    }

    #[test]
    fn a_right_pin_clears_the_count_and_devices_are_counted_apart() {
        let mut throttle = Throttle::new(SECOND);
        let tablet = Device::from(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 5)));
        let laptop = Device::from(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 6)));
        let now = Instant::now();
        for _ in 0..FREE_TRIES {
            throttle.start(tablet, now).unwrap();
        }
        assert!(throttle.start(tablet, now).is_err());
        assert_eq!(throttle.start(laptop, now), Ok(Duration::ZERO), "another device is not slowed by the tablet");
        throttle.right(tablet);
        assert_eq!(throttle.start(tablet, now), Ok(Duration::ZERO));
    }

    #[test]
    fn one_ipv6_network_is_one_device_and_mapped_ipv4_is_ipv4() {
        let a: Ipv6Addr = "2001:db8:1:2::10".parse().unwrap();
        let b: Ipv6Addr = "2001:db8:1:2:ffff::99".parse().unwrap();
        assert_eq!(Device::from(IpAddr::V6(a)), Device::from(IpAddr::V6(b)));
        let mapped: Ipv6Addr = "::ffff:192.168.1.20".parse().unwrap();
        assert_eq!(Device::from(IpAddr::V6(mapped)), Device::V4([192, 168, 1, 20]));
    }

    #[test]
    fn too_many_devices_share_one_count() {
        let mut throttle = Throttle::new(SECOND);
        let now = Instant::now();
        for i in 0..MAX_DEVICES as u32 {
            throttle.start(Device::from(IpAddr::V4(Ipv4Addr::from(i))), now).unwrap();
        }
        let late = |i: u32| Device::from(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + i)));
        for i in 0..FREE_TRIES {
            assert!(throttle.start(late(i), now).is_ok());
        }
        assert!(throttle.start(late(99), now).is_err(), "new devices beyond the cap are slowed together");
        assert!(throttle.devices.len() <= MAX_DEVICES + 1);
    }
}
