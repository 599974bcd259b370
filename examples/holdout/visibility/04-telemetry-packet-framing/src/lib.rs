//! Framing of telemetry packets sent by field sensors over a serial link.

pub mod net {
    mod packet {
        /// One reading from sensor `sensor_id`.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Packet {
            pub sensor_id: u8,
            pub seq: u16,
            pub payload: Vec<u8>,
        }

        impl Packet {
            /// XOR of every header and payload byte.
            pub fn checksum(&self) -> u8 {
                let [hi, lo] = self.seq.to_be_bytes();
                self.payload.iter().fold(self.sensor_id ^ hi ^ lo, |acc, b| acc ^ b)
            }
        }
    }

    pub mod framing {
        use super::packet::Packet;

        pub const START: u8 = 0x7E;

        #[derive(Debug, PartialEq, Eq)]
        pub enum FrameError {
            NoStartByte,
            Truncated,
            BadChecksum { expected: u8, found: u8 },
        }

        /// START, sensor, seq (big endian), len, payload..., checksum
        pub fn encode(p: &Packet) -> Vec<u8> {
            let mut out = vec![START, p.sensor_id];
            out.extend(p.seq.to_be_bytes());
            out.push(p.payload.len() as u8);
            out.extend(&p.payload);
            out.push(p.checksum());
            out
        }

        pub fn decode(bytes: &[u8]) -> Result<Packet, FrameError> {
            if bytes.first() != Some(&START) {
                return Err(FrameError::NoStartByte);
            }
            let len = *bytes.get(4).ok_or(FrameError::Truncated)? as usize;
            if bytes.len() < 6 + len {
                return Err(FrameError::Truncated);
            }
            let packet = Packet {
                sensor_id: bytes[1],
                seq: u16::from_be_bytes([bytes[2], bytes[3]]),
                payload: bytes[5..5 + len].to_vec(),
            };
            let found = bytes[5 + len];
            let expected = packet.checksum();
            if found != expected {
                return Err(FrameError::BadChecksum { expected, found });
            }
            Ok(packet)
        }
    }
}

pub use net::framing::{decode, encode, FrameError};
pub use net::packet::Packet;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let p = Packet { sensor_id: 3, seq: 0x0102, payload: vec![10, 20, 40] };
        let bytes = encode(&p);
        assert_eq!(bytes[..5], [0x7E, 3, 1, 2, 3]);
        // 3 ^ 0x01 ^ 0x02 ^ 10 ^ 20 ^ 40
        assert_eq!(*bytes.last().unwrap(), 54);
        assert_eq!(decode(&bytes), Ok(p));
    }

    #[test]
    fn rejects_damaged_frames() {
        let mut bytes = encode(&Packet { sensor_id: 1, seq: 7, payload: vec![5] });
        assert_eq!(decode(&bytes[..5]), Err(FrameError::Truncated));
        assert_eq!(decode(&bytes[1..]), Err(FrameError::NoStartByte));
        bytes[5] = 6;
        assert_eq!(decode(&bytes), Err(FrameError::BadChecksum { expected: 0, found: 3 }));
    }
}
