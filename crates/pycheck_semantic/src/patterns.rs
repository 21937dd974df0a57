//! Sequence and mapping patterns of `match` statements: which members of the subject's
//! type they can match, and the types of the names they capture.
//!
//! As in mypy, a sequence pattern never matches `str`, `bytes` or `bytearray`; a tuple of
//! known length matches only a pattern of that length (at least that length with a
//! star), and one whose items all match unconditionally leaves nothing of that tuple to
//! later cases. `object` matches as `Sequence[object]`. Mapping patterns leave the
//! subject's type as it is (as mypy does) and never exhaust it.

use pycheck_syntax::ast;

use crate::infer::Checker;
use crate::relate::{join, map_to_ancestor};
use crate::symbols::{builtin_instance, typing_class};
use crate::types::{Instance, Type};

/// What one member of the subject offers each sub-pattern of a sequence pattern.
struct SequenceView {
    /// The member as the pattern narrows it (`object` becomes `Sequence[object]`).
    narrowed: Type,
    /// One type per sub-pattern: the item it meets, or for the star the list it captures.
    items: Vec<Type>,
    /// A tuple of known length: matching every item unconditionally consumes it.
    exact: bool,
}

impl Checker<'_> {
    /// (when a sequence pattern matches, when it does not) for a subject of type `subject`.
    pub(crate) fn sequence_pattern_types(
        &mut self,
        patterns: &[ast::Pattern],
        subject: &Type,
    ) -> (Type, Type) {
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for member in subject.members() {
            let Some(view) = self.sequence_view(member, patterns) else {
                rest.push(member.clone());
                continue;
            };
            let mut all_unconditional = true;
            let mut possible = true;
            for (pattern, item) in patterns.iter().zip(&view.items) {
                if matches!(pattern, ast::Pattern::MatchStar(_)) {
                    continue;
                }
                let (this, left) = self.pattern_types(pattern, item);
                if this == Type::Never && !item.is_any() {
                    possible = false;
                }
                if left != Type::Never {
                    all_unconditional = false;
                }
            }
            if possible {
                matched.push(view.narrowed);
            }
            if !(possible && view.exact && all_unconditional) {
                rest.push(member.clone());
            }
        }
        (Type::union(matched), Type::union(rest))
    }

    /// The names a sequence pattern captures, with their types.
    pub(crate) fn sequence_pattern_bindings<'p>(
        &mut self,
        patterns: &'p [ast::Pattern],
        subject: &Type,
        bound: &mut Vec<(&'p str, Type)>,
    ) {
        let views: Vec<SequenceView> = subject
            .members()
            .iter()
            .filter_map(|member| self.sequence_view(member, patterns))
            .collect();
        for (index, pattern) in patterns.iter().enumerate() {
            let item = Type::union(views.iter().map(|view| view.items[index].clone()));
            match pattern {
                ast::Pattern::MatchStar(star) => {
                    if let Some(name) = &star.name {
                        bound.push((name.as_str(), item));
                    }
                }
                other => self.pattern_bindings(other, &item, bound),
            }
        }
    }

    fn sequence_view(&mut self, member: &Type, patterns: &[ast::Pattern]) -> Option<SequenceView> {
        let db = self.db;
        let star = patterns
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        let fixed = patterns.len() - usize::from(star.is_some());
        let uniform = |item: Type, narrowed: Type| {
            let items = (0..patterns.len())
                .map(|i| match Some(i) == star {
                    true => builtin_instance(db, "list", vec![item.clone()]),
                    false => item.clone(),
                })
                .collect();
            Some(SequenceView {
                narrowed,
                items,
                exact: false,
            })
        };
        match member {
            Type::Any => uniform(Type::Any, Type::Any),
            Type::Tuple(items) => {
                let fits = match star {
                    Some(_) => items.len() >= fixed,
                    None => items.len() == fixed,
                };
                if !fits {
                    return None;
                }
                let starred = items.len() - fixed;
                let views = (0..patterns.len())
                    .map(|i| match star {
                        Some(s) if i == s => {
                            let captured = items[s..s + starred]
                                .iter()
                                .fold(Type::Never, |acc, item| join(db, &acc, item));
                            builtin_instance(db, "list", vec![captured])
                        }
                        Some(s) if i > s => items[i - 1 + starred].clone(),
                        _ => items[i].clone(),
                    })
                    .collect();
                Some(SequenceView {
                    narrowed: member.clone(),
                    items: views,
                    exact: true,
                })
            }
            Type::Instance(instance) => {
                if matches!(instance.class.name(), "str" | "bytes" | "bytearray") {
                    return None;
                }
                if instance.class.name() == "object" {
                    let object = member.clone();
                    let sequence = typing_class(db, "Sequence")
                        .map(|class| Type::instance(class, vec![object.clone()]))
                        .unwrap_or(Type::Any);
                    return uniform(object, sequence);
                }
                let item = sequence_item(db, instance)?;
                uniform(item, member.clone())
            }
            _ => None,
        }
    }

    /// (when a mapping pattern matches, when it does not).
    pub(crate) fn mapping_pattern_types(
        &mut self,
        mapping: &ast::PatternMatchMapping,
        subject: &Type,
    ) -> (Type, Type) {
        // mypy does not narrow the subject by a mapping pattern; it only finds a case
        // that no member can match.
        let mut possible = false;
        for member in subject.members() {
            let Some((_, value)) = self.mapping_view(member) else {
                continue;
            };
            possible |= mapping.patterns.iter().all(|pattern| {
                let (this, _) = self.pattern_types(pattern, &value);
                this != Type::Never || value.is_any()
            });
        }
        let matched = if possible {
            subject.clone()
        } else {
            Type::Never
        };
        (matched, subject.clone())
    }

    /// The names a mapping pattern captures, with their types.
    pub(crate) fn mapping_pattern_bindings<'p>(
        &mut self,
        mapping: &'p ast::PatternMatchMapping,
        subject: &Type,
        bound: &mut Vec<(&'p str, Type)>,
    ) {
        let views: Vec<(Type, Type)> = subject
            .members()
            .iter()
            .filter_map(|member| self.mapping_view(member))
            .collect();
        let keys = Type::union(views.iter().map(|(key, _)| key.clone()));
        let values = Type::union(views.iter().map(|(_, value)| value.clone()));
        for pattern in &mapping.patterns {
            self.pattern_bindings(pattern, &values, bound);
        }
        if let Some(rest) = &mapping.rest {
            bound.push((
                rest.as_str(),
                builtin_instance(self.db, "dict", vec![keys, values]),
            ));
        }
    }

    /// The key and value types a mapping pattern sees in `member`, if it can match it.
    fn mapping_view(&mut self, member: &Type) -> Option<(Type, Type)> {
        let db = self.db;
        match member {
            Type::Any => Some((Type::Any, Type::Any)),
            Type::Instance(instance) if instance.class.name() == "object" => {
                Some((Type::Any, Type::Any))
            }
            Type::Instance(instance) if crate::symbols::is_typed_dict(db, &instance.class) => {
                Some((builtin_instance(db, "str", vec![]), Type::Any))
            }
            Type::Instance(instance) => {
                let mapping = typing_class(db, "Mapping")?;
                let mapped = map_to_ancestor(db, instance, &mapping)?;
                Some((
                    mapped.args.first().cloned().unwrap_or(Type::Any),
                    mapped.args.get(1).cloned().unwrap_or(Type::Any),
                ))
            }
            _ => None,
        }
    }
}

/// The item type of a sequence instance (`list[str]` gives `str`), if it is one.
fn sequence_item(db: &dyn crate::db::Db, instance: &Instance) -> Option<Type> {
    let sequence = typing_class(db, "Sequence")?;
    let mapped = map_to_ancestor(db, instance, &sequence)?;
    Some(mapped.args.first().cloned().unwrap_or(Type::Any))
}
