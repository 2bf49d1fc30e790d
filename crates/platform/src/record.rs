//! Typed rows and typed states, for both backends, without sqlx's derive
//! macros (which would build SQLite a second time for the host).
//!
//! [`record!`](crate::record) declares a struct whose rows are decoded by
//! column name on SQLite and PostgreSQL alike, and which knows its column
//! list, so a query selects exactly what the struct holds:
//!
//! ```text
//! platform::record! {
//!     /// A call for applications.
//!     pub struct Call {
//!         pub id: i64,
//!         pub title: String,
//!         pub budget: Eur,
//!     }
//! }
//! let sql = format!("SELECT {} FROM fund_calls", Call::COLUMNS);
//! ```
//!
//! [`text_enum!`](crate::text_enum) declares a state or kind stored as text,
//! with the message id of each variant written out (so a test can check each
//! has its translation) and its transitions left to the module's methods.

/// A struct decoded from rows by column name on both backends.
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $($(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $($(#[$fmeta])* $fvis $field: $ty),*
        }

        impl $name {
            /// The columns a query must select, named as the fields are.
            #[allow(dead_code)]
            pub const COLUMNS: &'static str = $crate::record!(@columns $($field),*);
        }

        impl<'r> $crate::reexport::sqlx::FromRow<'r, $crate::reexport::sqlx::sqlite::SqliteRow> for $name {
            fn from_row(row: &'r $crate::reexport::sqlx::sqlite::SqliteRow) -> Result<Self, $crate::reexport::sqlx::Error> {
                use $crate::reexport::sqlx::Row;
                Ok($name { $($field: row.try_get(stringify!($field))?),* })
            }
        }

        impl<'r> $crate::reexport::sqlx::FromRow<'r, $crate::reexport::sqlx::postgres::PgRow> for $name {
            fn from_row(row: &'r $crate::reexport::sqlx::postgres::PgRow) -> Result<Self, $crate::reexport::sqlx::Error> {
                use $crate::reexport::sqlx::Row;
                Ok($name { $($field: row.try_get(stringify!($field))?),* })
            }
        }
    };
    (@columns $first:ident $(, $rest:ident)*) => {
        concat!(stringify!($first) $(, ", ", stringify!($rest))*)
    };
}

/// An enum stored as text, with a message id per variant.
///
/// ```text
/// platform::text_enum! {
///     /// Where an application stands.
///     pub enum AppState, messages "support-app-state" {
///         Submitted = "submitted",
///         Approved = "approved",
///     }
/// }
/// assert_eq!(AppState::Approved.message_id(), "support-app-state-approved");
/// ```
#[macro_export]
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident, messages $prefix:literal {
            $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every variant as stored, in order: the list a page or a
            /// generator walks.
            #[allow(dead_code)]
            pub const TEXTS: &'static [&'static str] = &[$($text),+];

            /// Every variant's message id, for the translation test.
            pub const MESSAGE_IDS: &'static [&'static str] = &[$(concat!($prefix, "-", $text)),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, "-", $text)),+
                }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::reexport::serde::Serialize for $name {
            fn serialize<S: $crate::reexport::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::reexport::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::reexport::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str> as $crate::reexport::serde::Deserialize>::deserialize(deserializer)?;
                $name::parse(&text).ok_or_else(|| {
                    $crate::reexport::serde::de::Error::custom(format!("'{}' is not one of: {}", text, [$($text),+].join(", ")))
                })
            }
        }

        $crate::text_enum!(@column $name, $crate::reexport::sqlx::Sqlite);
        $crate::text_enum!(@column $name, $crate::reexport::sqlx::Postgres);
    };
    (@column $name:ident, $db:ty) => {
        impl $crate::reexport::sqlx::Type<$db> for $name {
            fn type_info() -> <$db as $crate::reexport::sqlx::Database>::TypeInfo {
                <&str as $crate::reexport::sqlx::Type<$db>>::type_info()
            }

            fn compatible(ty: &<$db as $crate::reexport::sqlx::Database>::TypeInfo) -> bool {
                <&str as $crate::reexport::sqlx::Type<$db>>::compatible(ty)
            }
        }

        impl<'q> $crate::reexport::sqlx::Encode<'q, $db> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as $crate::reexport::sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<$crate::reexport::sqlx::encode::IsNull, $crate::reexport::sqlx::error::BoxDynError> {
                <&'q str as $crate::reexport::sqlx::Encode<'q, $db>>::encode_by_ref(&self.as_str(), buf)
            }
        }

        impl<'r> $crate::reexport::sqlx::Decode<'r, $db> for $name {
            fn decode(value: <$db as $crate::reexport::sqlx::Database>::ValueRef<'r>) -> Result<Self, $crate::reexport::sqlx::error::BoxDynError> {
                let text = <&str as $crate::reexport::sqlx::Decode<'r, $db>>::decode(value)?;
                $name::parse(text).ok_or_else(|| format!("unknown {} '{}'", stringify!($name), text).into())
            }
        }
    };
}
