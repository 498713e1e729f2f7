#!/usr/bin/env bash
# Throw-away Dovecot IMAP server for the SMTP provider's tests (reading bounces and replies).
#
#   dovecot.sh start DIR PORT USER PASSWORD   writes DIR/dovecot.conf, starts Dovecot on 127.0.0.1:PORT and
#                                             returns once it sends its IMAP greeting (~0.1 s, at most ~5 s)
#   dovecot.sh stop DIR                       stops it and waits until the master process is gone
#   dovecot.sh folder DIR NAME                makes folder NAME (after start too), owned by the mail user
#
# Prints nothing but errors; exit status 0 on success. Everything it writes stays in DIR:
#   DIR/dovecot.conf, DIR/passwd   configuration; passwd is USER:{PLAIN}PASSWORD
#   DIR/run/                       base_dir: sockets, master.pid
#   DIR/state/                     state_dir
#   DIR/dovecot.log                log_path and info_log_path (look here when something fails)
#   DIR/mail/                      the mailbox, Maildir++ layout (mail_location = maildir:DIR/mail):
#     INBOX                DIR/mail/{tmp,new,cur}/
#     folder "Bounces"     DIR/mail/.Bounces/{tmp,new,cur}/   (made by start; any folder NAME is
#                          DIR/mail/.NAME/, a sub-folder A/B is DIR/mail/.A.B/ -- the hierarchy
#                          separator seen over IMAP is ".", so it is "A.B" there)
# Tests deliver a message by writing it into tmp/ under a unique name (e.g. "1700000000.M1P2.test") and
# renaming it into new/; Dovecot sees it at the next SELECT/EXAMINE/NOOP/STATUS and moves it to cur/.
# Files found in one sync get UIDs in file-name order (Dovecot compares the leading number, the Maildir
# time stamp, numerically): name them "<n>.M<n>.test" with increasing n to get UIDs in that order.
#
# Authentication: PLAIN and LOGIN (and the IMAP LOGIN command) over plain TCP (ssl = no,
# disable_plaintext_auth = no). With IMAP_TLS_CERT and IMAP_TLS_KEY set in the environment, STARTTLS is
# offered too (ssl = yes: offered, not required).
#
# Quirks found (Dovecot 2.3.19, Debian 12):
# - Dovecot never lets a mail process (imap) run as root: a userdb uid 0 gives "userdb returned 0 as uid",
#   mail_uid = 0 with first_valid_uid/gid = 0 still gives "Mail access not allowed for root"; passwd-file
#   even refuses uid 0 as "invalid UID". So when this script runs as root the mailbox belongs to "nobody"
#   (uid/gid 65534, a static userdb): DIR/mail is chown'ed to it and DIR gets a+x. DIR's parents must be
#   searchable by others (true under /tmp, e.g. QTemporaryDir; not inside a 0700 folder) -- checked here.
#   Files the tests write into new/ as root are fine as long as others may read them (0644, the default
#   with umask 022): Dovecot only reads and renames them. A folder made by hand as root is not writable
#   for Dovecot: use "dovecot.sh folder".
# - As root the master drops the other processes to its internal users (auth: dovecot, imap-login:
#   dovenull, chrooted into DIR/run/login), which is why DIR must be searchable and DIR/passwd readable
#   by others.
#   As a normal user everything runs as that user instead (default_login_user/default_internal_user set
#   to it, no chroot), which needs no changes to permissions.
# - A failed login answers after ~0.5 s even with auth_failure_delay = 0 (failures are flushed every
#   500 ms), and Dovecot's per-IP penalty (anvil) makes a 2nd, 3rd... failure from 127.0.0.1 within about
#   30 s answer only after ~4.5 s. One wrong-password test per server instance stays fast.
# - Maildir++ folders are plain dot-directories; no "maildirfolder" file or subscription is needed for
#   SELECT, but LIST only shows folders that exist at the time.
# - Stopping Dovecot takes ~1 s (the master waits for its log process). Stopping it while a login process
#   is still starting blocks for ~5 s, so start returns only after a full IMAP greeting, not a bare connect.
set -euo pipefail
PATH=$PATH:/usr/sbin  # dovecot lives there; not in a normal user's PATH

die() { echo "dovecot.sh: $*" >&2; exit 1; }

start() {
    local dir=$1 port=$2 user=$3 password=$4 uid gid extra="" ssl="ssl = no"
    mkdir -p "$dir/run" "$dir/state" "$dir/mail/"{tmp,new,cur} "$dir/mail/.Bounces/"{tmp,new,cur}
    printf '%s:{PLAIN}%s\n' "$user" "$password" >"$dir/passwd"
    if [ "$(id -u)" = 0 ]; then
        uid=$(id -u nobody); gid=$(id -g nobody)
        chown -R "$uid:$gid" "$dir/mail"
        chmod a+x "$dir"; chmod a+r "$dir/passwd"
        setpriv --reuid="$uid" --regid="$gid" --clear-groups test -w "$dir/mail/new" ||
            die "user nobody cannot reach $dir/mail (a parent folder of $dir is not searchable by others)"
    else
        uid=$(id -u); gid=$(id -g)
        extra="default_login_user = $(id -un)
default_internal_user = $(id -un)
default_internal_group = $(id -gn)
service anvil {
  chroot =
}"
    fi
    if [ -n "${IMAP_TLS_CERT:-}" ]; then
        ssl="ssl = yes
ssl_cert = <$(realpath "$IMAP_TLS_CERT")
ssl_key = <$(realpath "$IMAP_TLS_KEY")"
    fi
    cat >"$dir/dovecot.conf" <<EOF
# Written by tests/fakes/imap/dovecot.sh: a throw-away test server.
protocols = imap
listen = 127.0.0.1
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
$ssl
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN $dir/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/mail
}
mail_location = maildir:$dir/mail
first_valid_uid = 1
first_valid_gid = 1
# No statistics: besides being useless here, a login process still in its handshake with the stats
# service when the server is stopped blocks shutdown for 5 s ("Timeout waiting for handshake response").
stats_writer_socket_path =
$extra
service imap-login {
  $( [ "$(id -u)" = 0 ] || echo "chroot =" )
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
    dovecot -c "$dir/dovecot.conf" || die "dovecot did not start (see $dir/dovecot.log)"
    # Ready = the IMAP greeting arrived (imap-login sends it once the auth service answers). Only
    # accepting TCP is not enough: a stop right then leaves a login process blocked for ~5 s.
    for _ in $(seq 50); do
        if greeting; then return 0; fi
        sleep 0.1
    done
    die "no IMAP greeting on 127.0.0.1:$port after 5 s (see $dir/dovecot.log)"
}

greeting() {
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    read -r -t 2 line <&3 || true
    printf 'a LOGOUT\r\n' >&3 2>/dev/null || true
    read -r -t 1 _ <&3 || true
    exec 3>&-
    [[ "$line" == "* OK"* ]]
} 2>/dev/null

stop() {
    local dir=$1 pid
    [ -f "$dir/run/master.pid" ] || return 0
    pid=$(cat "$dir/run/master.pid")
    kill "$pid" 2>/dev/null || return 0
    # Dovecot's master takes about 1 s to exit (it waits for its log process). Once it is a zombie it
    # counts as gone: it was started in the background, so whoever reaps it (init) may take a while.
    for _ in $(seq 50); do
        case "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" in ""|Z) return 0 ;; esac
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true  # the master leads its own process group
    echo "dovecot.sh: dovecot (pid $pid) still running after 5 s: killed (see $dir/dovecot.log)" >&2
}

folder() {
    local dir=$1 name=$2
    mkdir -p "$dir/mail/.$name/"{tmp,new,cur}
    chown -R "$(stat -c %u:%g "$dir/mail")" "$dir/mail/.$name"
}

cmd=${1:-}; [ $# -ge 2 ] && dir=$(realpath -m "$2")
case "$cmd" in
    start) [ $# -eq 5 ] || die "usage: $0 start DIR PORT USER PASSWORD"; start "$dir" "$3" "$4" "$5" ;;
    stop) [ $# -eq 2 ] || die "usage: $0 stop DIR"; stop "$dir" ;;
    folder) [ $# -eq 3 ] || die "usage: $0 folder DIR NAME"; folder "$dir" "$3" ;;
    *) die "usage: $0 start DIR PORT USER PASSWORD | stop DIR | folder DIR NAME" ;;
esac
