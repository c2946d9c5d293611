//! The host's JSON Schema made fit for Anthropic structured outputs, the way
//! anthropic-sdk-python's `transform_schema` does: objects get
//! `additionalProperties: false`, `oneOf` becomes `anyOf`, and constraints the
//! API does not support (`maxItems`, `minItems` above 1, `minimum`, `pattern`,
//! unknown string formats, …) move into the `description` as `{key: value}`
//! so the model still reads them (the host checks the answer anyway).

use serde_json::{Map, Value};

/// String formats the API accepts.
const STRING_FORMATS: [&str; 10] = ["date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"];

/// The schema with only supported keywords; a non-object schema is returned as it is.
pub fn strict(schema: &Value) -> Value {
    let Value::Object(source) = schema else {
        return schema.clone();
    };
    let mut rest = source.clone();
    let mut out = Map::new();
    if let Some(Value::Object(defs)) = rest.remove("$defs") {
        out.insert("$defs".into(), Value::Object(defs.iter().map(|(name, def)| (name.clone(), strict(def))).collect()));
    }
    if let Some(reference) = rest.remove("$ref") {
        out.insert("$ref".into(), reference);
        return Value::Object(out);
    }
    let kind = rest.remove("type");
    let variants = |value: Option<Value>| match value {
        Some(Value::Array(items)) => Some(Value::Array(items.iter().map(strict).collect())),
        _ => None,
    };
    if let Some(Value::Array(values)) = rest.remove("enum") {
        out.insert("enum".into(), Value::Array(values));
    } else if let Some(any_of) = variants(rest.remove("anyOf")) {
        out.insert("anyOf".into(), any_of);
    } else if let Some(one_of) = variants(rest.remove("oneOf")) {
        out.insert("anyOf".into(), one_of);
    } else if let Some(all_of) = variants(rest.remove("allOf")) {
        out.insert("allOf".into(), all_of);
    }
    if let Some(kind) = &kind {
        out.insert("type".into(), kind.clone());
    }
    for key in ["description", "title"] {
        if let Some(value) = rest.remove(key) {
            out.insert(key.into(), value);
        }
    }
    match kind.as_ref().and_then(Value::as_str) {
        Some("object") => {
            let properties = match rest.remove("properties") {
                Some(Value::Object(props)) => props.iter().map(|(name, prop)| (name.clone(), strict(prop))).collect(),
                _ => Map::new(),
            };
            out.insert("properties".into(), Value::Object(properties));
            rest.remove("additionalProperties");
            out.insert("additionalProperties".into(), Value::Bool(false));
            if let Some(required) = rest.remove("required") {
                out.insert("required".into(), required);
            }
        }
        Some("string") => {
            if let Some(format) = rest.remove("format") {
                if format.as_str().is_some_and(|f| STRING_FORMATS.contains(&f)) {
                    out.insert("format".into(), format);
                } else {
                    rest.insert("format".into(), format);
                }
            }
        }
        Some("array") => {
            if let Some(items) = rest.remove("items") {
                out.insert("items".into(), strict(&items));
            }
            if let Some(min) = rest.remove("minItems") {
                if min.as_u64().is_some_and(|n| n <= 1) {
                    out.insert("minItems".into(), min);
                } else {
                    rest.insert("minItems".into(), min);
                }
            }
        }
        _ => {}
    }
    if !rest.is_empty() {
        let extras = rest.iter().map(|(key, value)| format!("{key}: {}", shown(value))).collect::<Vec<_>>().join(", ");
        let description = match out.get("description").and_then(Value::as_str) {
            Some(text) => format!("{text}\n\n{{{extras}}}"),
            None => format!("{{{extras}}}"),
        };
        out.insert("description".into(), Value::String(description));
    }
    Value::Object(out)
}

/// A keyword's value as text: strings bare, everything else as JSON.
fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_scene_schema_loses_max_items_to_the_description() {
        let scene = json!({"type":"object","additionalProperties":false,"required":["title","choices"],
            "properties":{"title":{"type":"string"},"choices":{"type":"array","items":{"type":"string"},"maxItems":4}}});
        let expected = json!({"type":"object","additionalProperties":false,"required":["title","choices"],
            "properties":{"title":{"type":"string"},
                          "choices":{"type":"array","items":{"type":"string"},"description":"{maxItems: 4}"}}});
        assert_eq!(strict(&scene), expected);
    }

    #[test]
    fn unsupported_keywords_are_described_and_objects_closed() {
        let schema = json!({"type":"object","properties":{
            "age":{"type":"integer","minimum":1,"description":"A number"},
            "when":{"type":"string","format":"date"},
            "name":{"type":"string","format":"nickname","pattern":"^[a-z]+$"},
            "tags":{"type":"array","items":{"type":"string"},"minItems":1},
            "pick":{"oneOf":[{"type":"string"},{"type":"null"}]},
            "many":{"type":"array","items":{"type":"object","properties":{}},"minItems":2}}});
        let out = strict(&schema);
        assert_eq!(out["additionalProperties"], false);
        assert_eq!(out["properties"]["age"], json!({"type":"integer","description":"A number\n\n{minimum: 1}"}));
        assert_eq!(out["properties"]["when"], json!({"type":"string","format":"date"}));
        let name = out["properties"]["name"]["description"].as_str().unwrap();
        assert!(name.contains("format: nickname") && name.contains("pattern: ^[a-z]+$"), "{name}");
        assert!(out["properties"]["name"].get("format").is_none());
        assert_eq!(out["properties"]["tags"], json!({"type":"array","items":{"type":"string"},"minItems":1}));
        assert_eq!(out["properties"]["pick"], json!({"anyOf":[{"type":"string"},{"type":"null"}]}));
        assert_eq!(out["properties"]["many"]["items"]["additionalProperties"], false);
        assert_eq!(out["properties"]["many"]["description"], "{minItems: 2}");
        assert_eq!(strict(&json!(true)), json!(true));
    }
}
