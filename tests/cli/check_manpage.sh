#!/bin/sh
# The manual page keeps up with campaignctl's help: for every command group that `campaignctl --help` lists, each
# command ("groups merge") and each option ("--into") that `campaignctl GROUP --help` shows must appear in the page's
# subsection for that group (.SS GROUP), and the options of `campaignctl --help` anywhere in the page. Names what is
# missing and exits 1; also when groff finds the page malformed.
#
# sh check_manpage.sh CAMPAIGNCTL packaging/campaignctl.1
set -u
ctl=$1
page=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
problems=0
problem() {
    echo "campaignctl.1: $*"
    problems=$((problems + 1))
}

# The page as plain text: no font changes, \- as -, no zero-width escapes.
sed -e 's/\\f[BIRP]//g' -e 's/\\f(..//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\|//g' "$page" >"$tmp/page" || exit 1
# The subsection of one command group: from ".SS GROUP" to the next .SS or .SH.
section() {
    awk -v name="$1" '/^\.S[HS]( |$)/ { inside = ($1 == ".SS" && ($2 == name || $2 == "\"" name "\"")); next }
                      inside' "$tmp/page"
}
# Whether a text file mentions a word (a command such as "accounts add", or an option) as a whole word.
mentions() {
    grep -Eq -- "(^|[^a-z0-9_-])$2([^a-z0-9_-]|\$)" "$1"
}
options() {
    grep -Eo -- '--[a-z][a-z0-9-]*' "$1" | sort -u
}

if ! "$ctl" --lang en --help >"$tmp/help" 2>&1; then
    echo "campaignctl --help failed:"
    cat "$tmp/help"
    exit 1
fi
# The command groups: the lines "  NAME   summary" of campaignctl --help.
groups=$(awk '/^  [a-z][a-z-]*  / { printf "%s ", $1 }' "$tmp/help")
if [ -z "$groups" ]; then
    echo "campaignctl --help lists no command groups:"
    cat "$tmp/help"
    exit 1
fi
options "$tmp/help" >"$tmp/global"
while read -r option; do
    mentions "$tmp/page" "$option" || problem "the option $option (campaignctl --help) is missing"
done <"$tmp/global"

for group in $groups; do
    if ! "$ctl" --lang en "$group" --help >"$tmp/group" 2>&1; then
        problem "campaignctl $group --help failed: $(head -n 1 "$tmp/group")"
        continue
    fi
    section "$group" >"$tmp/section"
    if [ ! -s "$tmp/section" ]; then
        problem "there is no subsection for the command group $group (.SS $group)"
        continue
    fi
    # Its commands: the lines "  GROUP SUBCOMMAND …", or "  GROUP  # …" for a group that is one command.
    awk -v group="$group" '/^  [a-z]/ && $1 == group { print ($2 ~ /^[a-z][a-z-]*$/) ? $1 " " $2 : $1 }' \
        "$tmp/group" | sort -u >"$tmp/commands"
    [ -s "$tmp/commands" ] || problem "campaignctl $group --help shows no commands"
    while read -r command; do
        mentions "$tmp/section" "$command" || problem "the command \"$command\" is missing from the subsection $group"
    done <"$tmp/commands"
    # Its options, but for the global ones (checked above).
    options "$tmp/group" | grep -vxF -f "$tmp/global" >"$tmp/options"
    while read -r option; do
        mentions "$tmp/section" "$option" \
            || problem "the option $option (campaignctl $group --help) is missing from the subsection $group"
    done <"$tmp/options"
done

# The page itself renders without a warning.
if command -v groff >/dev/null 2>&1; then
    warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$page" 2>&1)
    [ -z "$warnings" ] || problem "groff warns: $warnings"
fi

if [ "$problems" -gt 0 ]; then
    echo "$problems problem(s): describe what campaignctl GROUP --help shows in $page."
    exit 1
fi
echo "campaignctl.1 mentions every command and option of: $groups"
